"""tools/gen_calls/pii_calls.py --forms blind24: the twenty-fourth blind set of numbers read aloud.

As for blind7, blind9 and blind17 to blind23, a stand-in voice speaks: under test is the truth the
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
import pii_blind23  # noqa: E402
import pii_blind24 as B  # noqa: E402
import pii_calls  # noqa: E402
from test_gen_pii_blind7 import (  # noqa: E402
    assert_inside_and_apart, assert_laid_out, assert_new_to_earlier_writers, assert_valid, digit_chars as digits_of,
    lookalike_free_line, stand_in_calls)

WIDE_FORMS = {"grouped", "ungrouped", "filler", "two_turns", "read_back"}
SPECIAL = ("partial", "swapped", "tail", "head", "area_code", "rest_of", "other", "continued_from", "stutter")
UNDER = {"pen_tapping": "pen", "music_behind": "music", "running_water": "water"}


def calls(tmp_path: Path, seed: int, n: int, negatives: bool = False) -> list[dict]:
    return stand_in_calls(B.make_blind24_call, B.kinds_and_forms, "20261127-240000", tmp_path, seed, n, negatives)


def test_blind24_is_registered_beside_the_earlier_writers():
    assert pii_calls.blind_family("blind24") == (B.kinds_and_forms, B.make_blind24_call)
    assert pii_calls.blind_family("blind23") == (pii_blind23.kinds_and_forms, pii_blind23.make_blind23_call)


def test_forms_carriers_and_negatives_are_new_to_wide_and_every_earlier_blind_writer():
    assert_new_to_earlier_writers(B, "24", WIDE_FORMS)
    assert len(B.NEGATIVE24["agent"]) == len(B.NEGATIVE24["customer"]) == 9


def test_every_kind_and_form_is_read_before_any_is_read_twice():
    plan = B.kinds_and_forms(random.Random(88), 44)
    pairs = Counter(plan)
    assert len(pairs) == len(set(plan[:29])) == 29  # 6 shared forms x 4 kinds + 5 kinds' own
    assert max(pairs.values()) - min(pairs.values()) <= 1
    assert {form for _, form in plan} == {f for fs in B.FORMS.values() for f in fs}


def own_readings(truth: dict) -> list[dict]:
    """The customer's readings of her own number once through, in order (not a part or a stuttered pass)."""
    return [r for r in truth["readings"] if r["role"] == "customer" and not any(k in r for k in SPECIAL)]


@pytest.mark.parametrize("seed", [88, 91])
def test_the_readings_spell_the_number_and_each_lies_in_its_turn(tmp_path, seed):
    for truth in calls(tmp_path, seed, 29):
        number, form = truth["number"], truth["form"]
        readings = truth["readings"]
        own = own_readings(truth)
        assert all(r["role"] == "customer" for r in readings)
        if form in ("x_announced", "halves_with_question"):
            assert not own
            head, rest = readings
            assert head["head"] and rest["continued_from"] == len(digits_of(head["text"]))
            assert digits_of(head["text"]) + digits_of(rest["text"]) == number
            if form == "x_announced":
                assert number.endswith("X") and rest["continued_from"] == 14 and len(digits_of(rest["text"])) == 4
            else:
                assert rest["span_s"][0] > head["span_s"][1] + 1.0  # her question and the agent's answer
        elif form == "stutter":
            assert not own
            (r,) = readings
            assert len(r["stutter"]) == 2 and digits_of(r["text"]) == r["spells"] != number
            said = r["text"].rstrip("。").split("，")
            for k in reversed(r["stutter"]):  # the stuttered digit is a piece of its own before its group
                assert len(said[k + sum(1 for j in r["stutter"] if j < k)]) == 1
            kept = [p for p in said if len(p) > 1]
            assert digits_of("".join(kept)) == number
        else:
            (r,) = own
            assert digits_of(r["text"]) == number, truth
        if form == "count_first":
            assert own[0]["count_said"] == len(number)
            (turn,) = [t for t in truth["turns"] if own[0]["text"] in t["readings"]]
            assert "位" in turn["text"].split(own[0]["text"])[0]
        if form == "hiccups":
            assert 1 <= own[0]["hiccups"] <= 3
        if form == "four_four_three":
            assert [len(digits_of(g)) for g in own[0]["text"].rstrip("。").split("，")] == own[0]["sizes"] == [4, 4, 3]
        if form == "line_dropouts":
            assert len(own[0]["dropouts_s"]) == 2 and all(0.12 <= h <= 0.3 for h in own[0]["dropouts_s"])
        if form in UNDER:
            (bg,) = truth["background"]
            (r,) = own
            assert bg["what"] == UNDER[form] and bg["role"] == "customer"
            assert bg["span_s"][0] <= r["span_s"][0] + 1e-3 and r["span_s"][1] <= bg["span_s"][1] + 1e-3
        else:
            assert truth["background"] == []
        if form == "not_the_400":
            (look,) = truth["lookalikes"]
            assert look["what"] == "400电话" and look["span_s"][1] <= own[0]["span_s"][0]
            hotline = digits_of(look["text"][look["text"].rindex("四零零"):])
            assert hotline.startswith("400") and len(hotline) == 10 and not B.personal(hotline)
        else:
            assert truth["lookalikes"] == []
        assert truth["other_numbers"] == [] and "family" not in truth["voices"]
        assert_laid_out(truth)


def test_numbers_are_valid_of_their_kind_and_forms_show_what_they_name(tmp_path):
    seen = set()
    for truth in calls(tmp_path, 88, 29) + calls(tmp_path, 6, 29):
        n, form, kind = truth["number"], truth["form"], truth["kind"]
        assert_valid(kind, n)
        seen.add(form)
        turns = "".join(t["text"] for t in truth["turns"])
        shows = {"hiccups": "打嗝", "pen_tapping": "纸", "music_behind": "放着", "running_water": "水",
                 "stutter": "结巴", "not_the_400": "四零零", "x_announced": "字母", "halves_with_question": "接着",
                 "count_first": "位", "line_dropouts": "断"}
        if form in shows:
            assert shows[form] in turns
        assert truth["names"] == [] and truth["forms"] == "blind24"
    assert seen == {f for fs in B.FORMS.values() for f in fs}


def test_sounds_are_finite_and_sound_like_what_they_name():
    rng = np.random.default_rng(1)
    for make in (B.pen_taps, B.music, B.water):
        clip = make(int(3 * G.SR), 0.05, rng)
        assert len(clip) == int(3 * G.SR) and np.all(np.isfinite(clip)) and np.abs(clip).max() > 0.02
    taps = B.pen_taps(int(3 * G.SR), 0.05, rng)
    assert np.mean(np.abs(taps) > 1e-6) < 0.5  # clicks, not a hiss
    hic = B.hiccup(0.1, rng)
    assert 0.1 < len(hic) / G.SR < 0.4 and np.all(np.isfinite(hic)) and np.abs(hic).max() > 0.1
    tune = B.music(int(3 * G.SR), 0.05, rng)
    spectrum = np.abs(np.fft.rfft(tune))
    freqs = np.fft.rfftfreq(len(tune), 1 / G.SR)
    assert freqs[spectrum.argmax()] < 1200  # notes and a thump, not a hiss


def test_readings_and_negatives_lie_inside_the_call_and_apart(tmp_path):
    for truth in calls(tmp_path, 89, 12, negatives=True) + calls(tmp_path, 88, 29):
        stem = tmp_path / f"9001_20261127-240000_{truth['call_id']}"
        assert_inside_and_apart(stem, truth, ("readings", "negatives", "lookalikes"))
    negatives = calls(tmp_path, 89, 12, negatives=True)
    assert {t["kind"] for t in negatives} == {"none"}
    assert all(not t["readings"] and len(t["negatives"]) == 4 and not t["other_numbers"] and not t["background"]
               and not t["lookalikes"] for t in negatives)



def test_negative_lines_read_no_personal_number(tmp_path):
    lines = [n["text"] for t in calls(tmp_path, 89, 40, negatives=True) for n in t["negatives"]]
    lines += [n["text"] for t in calls(tmp_path, 88, 44) for n in t["negatives"]]
    assert len(set(lines)) > 15
    assert all(lookalike_free_line(line) for line in lines)
    assert any("营业执照" in line for line in lines) and any("借据编号" in line for line in lines)
    assert any("缴费编号" in line for line in lines) and any("万" in line for line in lines)
