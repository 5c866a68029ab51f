"""tools/gen_calls/pii_calls.py --forms blind39: the thirty-ninth blind set of numbers read aloud.

As for blind7, blind9 and blind17 to blind38, a stand-in voice speaks: under test is the truth the
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
import pii_blind38  # noqa: E402
import pii_blind39 as B  # noqa: E402
import pii_calls  # noqa: E402
from test_gen_pii_blind7 import (  # noqa: E402
    assert_inside_and_apart, assert_laid_out, assert_new_to_earlier_writers, assert_runs_on, assert_valid,
    digit_chars as digits_of, lookalike_free_line, StandInVoice, stand_in_calls)

WIDE_FORMS = {"grouped", "ungrouped", "filler", "two_turns", "read_back"}
OWN = ("eight_three", "ten_eight", "nine_rest")


def calls(tmp_path: Path, seed: int, n: int, negatives: bool = False) -> list[dict]:
    return stand_in_calls(B.make_blind39_call, B.kinds_and_forms, "20261128-390000", tmp_path, seed, n, negatives)


def test_blind39_is_registered_beside_the_earlier_writers():
    assert pii_calls.blind_family("blind39") == (B.kinds_and_forms, B.make_blind39_call)
    assert pii_calls.blind_family("blind38") == (pii_blind38.kinds_and_forms, pii_blind38.make_blind38_call)


def test_forms_carriers_and_negatives_are_new_to_wide_and_every_earlier_blind_writer():
    assert_new_to_earlier_writers(B, "39", WIDE_FORMS)
    assert len(B.NEGATIVE39["agent"]) == len(B.NEGATIVE39["customer"]) == 9


def test_every_kind_and_form_is_read_before_any_is_read_twice():
    plan = B.kinds_and_forms(random.Random(222), 44)
    pairs = Counter(plan)
    assert len(pairs) == len(set(plan[:20])) == 20  # 4 shared forms x 4 kinds + 4 kinds' own
    assert max(pairs.values()) - min(pairs.values()) <= 1
    assert {form for _, form in plan} == {f for fs in B.FORMS.values() for f in fs}


def split_sizes(text: str) -> list[int]:
    return [len(digits_of(g)) for g in text.rstrip("。").split("，")]


@pytest.mark.parametrize("seed", [222, 225])
def test_the_readings_spell_the_number_and_each_lie_in_its_turn(tmp_path, seed):
    for truth in calls(tmp_path, seed, 20):
        number, form, kind = truth["number"], truth["form"], truth["kind"]
        readings = truth["readings"]
        turns = truth["turns"]
        background = truth["background"]
        assert all(r["role"] == "customer" for r in readings)
        if form == "asks_if_ready":
            (r,) = readings
            assert r["after_ready"] and digits_of(r["text"]) == number and background == []
            assert [t["role"] for t in turns[2:5]] == ["customer", "agent", "customer"]
            assert turns[2]["text"] in B.READY and turns[3]["text"] in B.READY_OK and not turns[2]["readings"]
        elif form == "accent_apology":
            (r,) = readings
            assert r["after_apology"] and digits_of(r["text"]) == number and background == []
            assert turns[2]["text"] in B.APOLOGY and turns[3]["text"] in B.APOLOGY_OK
        elif form == "rooster_crow":
            assert_runs_on(readings, number)
            head, rest = readings
            assert 1.0 <= rest["crow_s"] <= 1.6
            (crow,) = background
            assert crow["what"] == "rooster" and crow["role"] == "customer" and 0 <= crow["db_under"] <= 4
            assert head["span_s"][1] < crow["span_s"][0] and crow["span_s"][1] < rest["span_s"][0]
            assert crow["span_s"][1] - crow["span_s"][0] == pytest.approx(rest["crow_s"], abs=2e-3)
            assert any(s in turns[2]["text"] for s in B.ROOSTER)
        elif form == "blender_whir":
            (r,) = readings
            assert r["blender"] and digits_of(r["text"]) == number
            (whir,) = background
            assert whir["what"] == "blender" and whir["role"] == "customer" and 3 <= whir["db_under"] <= 8
            assert whir["span_s"][0] < r["span_s"][0]
            assert whir["span_s"][1] == pytest.approx(r["span_s"][1], abs=2e-3)
        elif form == "brackets_said":
            (r,) = readings
            assert r["brackets"] and digits_of(r["text"]) == number and background == []
            code = B.area_code(number)
            inside = r["text"].split(B.BRACKET)
            assert len(inside) == 3 and inside[0] == "" and digits_of(inside[1]) == code
            assert digits_of(inside[2]) == number[len(code):]
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
    for truth in calls(tmp_path, 222, 20) + calls(tmp_path, 6, 20):
        n, form, kind = truth["number"], truth["form"], truth["kind"]
        assert_valid(kind, n)
        seen.add(form)
        turns = "".join(t["text"] for t in truth["turns"])
        shows = {"asks_if_ready": ("准备好", "能记了"), "accent_apology": ("口音",), "rooster_crow": ("鸡",),
                 "blender_whir": ("榨汁机", "果汁"), "eight_three": ("",), "brackets_said": ("括号",),
                 "ten_eight": ("",), "nine_rest": ("",)}
        assert any(word in turns for word in shows[form])
        assert truth["names"] == [] and truth["forms"] == "blind39"
    assert seen == {f for fs in B.FORMS.values() for f in fs}


def test_sizes_and_area_codes():
    for n in ("01012345678", "02112345678", "05711234567", "057112345678", "0731123456"):
        assert B.area_code(n) == n[:3 if n[:2] in ("01", "02") else 4]
    assert B.own_sizes("mobile", "eight_three", "1" * 11) == (8, 3)
    assert B.own_sizes("id_card", "ten_eight", "1" * 18) == (10, 8)
    assert B.own_sizes("bank_card", "nine_rest", "6" * 16) == (9, 7)
    assert B.own_sizes("bank_card", "nine_rest", "6" * 19) == (9, 10)


def test_the_crow_plays_on_her_channel_alone_and_the_blender_hums():
    for seed in range(4):
        rng = random.Random(seed)
        call = B.Call39(StandInVoice(), rng)
        B.read_number(call, "mobile", pii_calls.make_number("mobile", rng), "rooster_crow", [])
        head, rest = call.readings
        (crow,) = call.background
        audio = call.audio()
        a, b = int(crow["span_s"][0] * G.SR), int(crow["span_s"][1] * G.SR)
        assert np.all(audio[a:b, 0] == 0) and np.abs(audio[a:b, 1]).max() > 0.005
        assert np.all(np.isfinite(audio))
        _, clip = call.under[0]
        spectrum = np.abs(np.fft.rfft(clip)) ** 2
        freqs = np.fft.rfftfreq(len(clip), 1 / G.SR)
        assert spectrum[(freqs > 400) & (freqs < 2200)].sum() > 0.8 * spectrum.sum()  # a crow, mid pitch
    for seed in range(4):
        rng = random.Random(seed)
        call = B.Call39(StandInVoice(), rng)
        B.read_number(call, "bank_card", pii_calls.make_number("bank_card", rng), "blender_whir", [])
        (whir,) = call.background
        _, clip = call.under[0]
        assert np.all(np.isfinite(clip))
        assert len(clip) == pytest.approx((whir["span_s"][1] - whir["span_s"][0]) * G.SR, abs=2)
        spectrum = np.abs(np.fft.rfft(clip)) ** 2
        freqs = np.fft.rfftfreq(len(clip), 1 / G.SR)
        low = spectrum[freqs < 320].sum() / spectrum.sum()
        assert 0.2 < low < 0.95  # the motor's hum below, the rattle above


def test_readings_and_negatives_lie_inside_the_call_and_apart(tmp_path):
    for truth in calls(tmp_path, 223, 12, negatives=True) + calls(tmp_path, 222, 20):
        stem = tmp_path / f"9001_20261128-390000_{truth['call_id']}"
        assert_inside_and_apart(stem, truth)
    negatives = calls(tmp_path, 223, 12, negatives=True)
    assert {t["kind"] for t in negatives} == {"none"}
    assert all(not t["readings"] and len(t["negatives"]) == 4 and not t["other_numbers"] and not t["background"]
               and not t["lookalikes"] for t in negatives)


def test_negative_lines_read_no_personal_number(tmp_path):
    lines = [n["text"] for t in calls(tmp_path, 223, 40, negatives=True) for n in t["negatives"]]
    lines += [n["text"] for t in calls(tmp_path, 222, 44) for n in t["negatives"]]
    assert len(set(lines)) > 15
    assert all(lookalike_free_line(line) for line in lines)
    assert any("春联订单号" in line for line in lines) and any("台球" in line for line in lines)
    assert any("榴莲" in line for line in lines) and any("索道" in line for line in lines)
    assert any("火锅" in line for line in lines) and any("寿宴" in line for line in lines)
    lone_two = re.compile("(?<![零一二三四五六七八九十百千])二(?=[桌条位个次对盆斤副把串房张])")
    assert not any(lone_two.search(line) for line in lines)
