"""tools/gen_calls/pii_calls.py --forms blind37: the thirty-seventh blind set of numbers read aloud.

As for blind7, blind9 and blind17 to blind36, a stand-in voice speaks: under test is the truth the
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
import pii_blind36  # noqa: E402
import pii_blind37 as B  # noqa: E402
import pii_calls  # noqa: E402
from test_gen_pii_blind7 import (  # noqa: E402
    assert_inside_and_apart, assert_laid_out, assert_new_to_earlier_writers, assert_valid, digit_chars as digits_of,
    lookalike_free_line, StandInVoice, stand_in_calls)

WIDE_FORMS = {"grouped", "ungrouped", "filler", "two_turns", "read_back"}
OWN = ("five_three_three", "region_year_rest", "run_then_last_four")


def calls(tmp_path: Path, seed: int, n: int, negatives: bool = False) -> list[dict]:
    return stand_in_calls(B.make_blind37_call, B.kinds_and_forms, "20261128-370000", tmp_path, seed, n, negatives)


def test_blind37_is_registered_beside_the_earlier_writers():
    assert pii_calls.blind_family("blind37") == (B.kinds_and_forms, B.make_blind37_call)
    assert pii_calls.blind_family("blind36") == (pii_blind36.kinds_and_forms, pii_blind36.make_blind36_call)


def test_forms_carriers_and_negatives_are_new_to_wide_and_every_earlier_blind_writer():
    assert_new_to_earlier_writers(B, "37", WIDE_FORMS)
    assert len(B.NEGATIVE37["agent"]) == len(B.NEGATIVE37["customer"]) == 9


def test_every_kind_and_form_is_read_before_any_is_read_twice():
    plan = B.kinds_and_forms(random.Random(218), 44)
    pairs = Counter(plan)
    assert len(pairs) == len(set(plan[:20])) == 20  # 4 shared forms x 4 kinds + 4 kinds' own
    assert max(pairs.values()) - min(pairs.values()) <= 1
    assert {form for _, form in plan} == {f for fs in B.FORMS.values() for f in fs}


def split_sizes(text: str) -> list[int]:
    return [len(digits_of(g)) for g in text.rstrip("。").split("，")]


@pytest.mark.parametrize("seed", [218, 221])
def test_the_readings_spell_the_number_and_each_lie_in_its_turn(tmp_path, seed):
    for truth in calls(tmp_path, seed, 20):
        number, form, kind = truth["number"], truth["form"], truth["kind"]
        readings = truth["readings"]
        turns = truth["turns"]
        background = truth["background"]
        if form != "agent_stalls_readback":
            assert all(r["role"] == "customer" for r in readings)
        if form == "hold_music":
            head, rest = readings
            assert head["head"] and digits_of(head["text"]) + digits_of(rest["text"]) == number
            assert rest["continued_from"] == len(digits_of(head["text"])) and 3.0 <= rest["hold_s"] <= 4.5
            assert [t["role"] for t in turns[2:6]] == ["customer", "agent", "agent", "customer"]
            assert turns[3]["text"] in B.HOLD and turns[4]["text"] in B.HOLD_BACK
            (music,) = background
            assert music["what"] == "hold_music" and music["role"] == "agent" and 3 <= music["db_under"] <= 6
            assert head["span_s"][1] < music["span_s"][0] and music["span_s"][1] < rest["span_s"][0]
            assert music["span_s"][1] - music["span_s"][0] == pytest.approx(rest["hold_s"], abs=2e-3)
        elif form == "tail_asked_first":
            tail, whole = readings
            assert tail["partial"] and tail["tail"] and digits_of(tail["text"]) == number[-4:]
            assert tail["continued_from"] == len(number) - 4
            assert whole["after_tail"] and digits_of(whole["text"]) == number
            assert turns[2]["role"] == "agent" and turns[2]["text"] in B.TAIL_ASK and not turns[2]["readings"]
            assert turns[4]["role"] == "agent" and turns[4]["text"] in B.TAIL_MORE
            assert tail["span_s"][1] < whole["span_s"][0] and background == []
        elif form == "siren_passing":
            (r,) = readings
            assert r["siren"] and digits_of(r["text"]) == number
            (siren,) = background
            assert siren["what"] == "siren" and siren["role"] == "customer" and 3 <= siren["db_under"] <= 7
            assert siren["span_s"][0] < r["span_s"][0] and siren["span_s"][1] == pytest.approx(r["span_s"][1], abs=2e-3)
        elif form == "agent_stalls_readback":
            whole, back, rest = readings
            assert [r["role"] for r in readings] == ["customer", "agent", "customer"]
            assert digits_of(whole["text"]) == number
            assert back["readback"] and back["partial"] and number.startswith(digits_of(back["text"]))
            assert 3 <= len(digits_of(back["text"])) < len(number)
            assert rest["partial"] and rest["continued_from"] == len(digits_of(back["text"]))
            assert digits_of(back["text"]) + digits_of(rest["text"]) == number
            assert turns[3]["role"] == "agent" and any(s in turns[3]["text"] for s in B.STALL)
            assert background == []
        elif form == "code_then_joined":
            code, whole = readings
            assert code["partial"] and code["area_code"] and digits_of(code["text"]) == B.area_code(number)
            assert whole["joined"] and digits_of(whole["text"]) == number and "，" not in whole["text"]
            assert len({id(t) for t in turns if t["readings"]}) == 1 and background == []
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
    for truth in calls(tmp_path, 218, 20) + calls(tmp_path, 6, 20):
        n, form, kind = truth["number"], truth["form"], truth["kind"]
        assert_valid(kind, n)
        seen.add(form)
        turns = "".join(t["text"] for t in truth["turns"])
        shows = {"hold_music": ("稍等", "别挂"), "tail_asked_first": ("后四位",), "siren_passing": ("救护车",),
                 "agent_stalls_readback": ("后面",), "five_three_three": ("",), "code_then_joined": ("区号",),
                 "region_year_rest": ("",), "run_then_last_four": ("",)}
        assert any(word in turns for word in shows[form])
        assert truth["names"] == [] and truth["forms"] == "blind37"
    assert seen == {f for fs in B.FORMS.values() for f in fs}


def test_sizes_cover_every_length():
    for n in ("01012345678", "02112345678", "05711234567", "057112345678", "0731123456"):
        assert B.area_code(n) == n[:3 if n[:2] in ("01", "02") else 4]
    assert B.own_sizes("mobile", "five_three_three", "1" * 11) == (5, 3, 3)
    assert B.own_sizes("id_card", "region_year_rest", "1" * 18) == (6, 4, 8)
    for n in range(16, 20):
        assert B.own_sizes("bank_card", "run_then_last_four", "1" * n) == (n - 4, 4)


def test_the_hold_music_plays_on_the_agents_channel_alone_and_the_siren_under_hers():
    for seed in range(4):
        rng = random.Random(seed)
        call = B.Call37(StandInVoice(), rng)
        B.read_number(call, "mobile", pii_calls.make_number("mobile", rng), "hold_music", [])
        head, rest = call.readings
        (music,) = call.background
        audio = call.audio()
        a, b = int(music["span_s"][0] * G.SR), int(music["span_s"][1] * G.SR)
        assert np.all(audio[a:b, 1] == 0) and np.abs(audio[a:b, 0]).max() > 0.005
        assert np.all(np.isfinite(audio))
    for seed in range(4):
        rng = random.Random(seed)
        call = B.Call37(StandInVoice(), rng)
        B.read_number(call, "bank_card", pii_calls.make_number("bank_card", rng), "siren_passing", [])
        (siren,) = call.background
        _, clip = call.under[0]
        assert np.all(np.isfinite(clip)) and len(clip) == pytest.approx((siren["span_s"][1] - siren["span_s"][0]) * G.SR, abs=2)
        spectrum = np.abs(np.fft.rfft(clip))
        peak = np.fft.rfftfreq(len(clip), 1 / G.SR)[spectrum.argmax()]
        assert 700 < peak < 1050  # the siren's tones


def test_readings_and_negatives_lie_inside_the_call_and_apart(tmp_path):
    for truth in calls(tmp_path, 219, 12, negatives=True) + calls(tmp_path, 218, 20):
        stem = tmp_path / f"9001_20261128-370000_{truth['call_id']}"
        assert_inside_and_apart(stem, truth)
    negatives = calls(tmp_path, 219, 12, negatives=True)
    assert {t["kind"] for t in negatives} == {"none"}
    assert all(not t["readings"] and len(t["negatives"]) == 4 and not t["other_numbers"] and not t["background"]
               and not t["lookalikes"] for t in negatives)


def test_negative_lines_read_no_personal_number(tmp_path):
    lines = [n["text"] for t in calls(tmp_path, 219, 40, negatives=True) for n in t["negatives"]]
    lines += [n["text"] for t in calls(tmp_path, 218, 44) for n in t["negatives"]]
    assert len(set(lines)) > 15
    assert all(lookalike_free_line(line) for line in lines)
    assert any("订阅单号" in line for line in lines) and any("流水号" in line for line in lines)
    assert any("豆浆机" in line for line in lines) and any("中包" in line for line in lines)
    assert any("瓷砖" in line for line in lines) and any("邮票" in line for line in lines)
    assert not any("二本" in line or "二人座" in line or "二份" in line for line in lines)
