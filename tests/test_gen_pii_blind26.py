"""tools/gen_calls/pii_calls.py --forms blind26: the twenty-sixth blind set of numbers read aloud.

As for blind7, blind9 and blind17 to blind25, a stand-in voice speaks: under test is the truth the
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
import pii_blind25  # noqa: E402
import pii_blind26 as B  # noqa: E402
import pii_calls  # noqa: E402
from test_gen_pii_blind7 import (  # noqa: E402
    assert_inside_and_apart, assert_laid_out, assert_new_to_earlier_writers, assert_valid, digit_chars as digits_of,
    lookalike_free_line, stand_in_calls)

WIDE_FORMS = {"grouped", "ungrouped", "filler", "two_turns", "read_back"}
SPECIAL = ("partial", "swapped", "tail", "head", "area_code", "rest_of", "other", "continued_from", "stutter",
           "local")
UNDER = {"vacuum_cleaner": "vacuum", "washing_machine": "washer", "market_crowd": "crowd"}


def calls(tmp_path: Path, seed: int, n: int, negatives: bool = False) -> list[dict]:
    return stand_in_calls(B.make_blind26_call, B.kinds_and_forms, "20261127-260000", tmp_path, seed, n, negatives)


def test_blind26_is_registered_beside_the_earlier_writers():
    assert pii_calls.blind_family("blind26") == (B.kinds_and_forms, B.make_blind26_call)
    assert pii_calls.blind_family("blind25") == (pii_blind25.kinds_and_forms, pii_blind25.make_blind25_call)


def test_forms_carriers_and_negatives_are_new_to_wide_and_every_earlier_blind_writer():
    assert_new_to_earlier_writers(B, "26", WIDE_FORMS)
    assert len(B.NEGATIVE26["agent"]) == len(B.NEGATIVE26["customer"]) == 9


def test_every_kind_and_form_is_read_before_any_is_read_twice():
    plan = B.kinds_and_forms(random.Random(108), 44)
    pairs = Counter(plan)
    assert len(pairs) == len(set(plan[:24])) == 24  # 5 shared forms x 4 kinds + 4 kinds' own
    assert max(pairs.values()) - min(pairs.values()) <= 1
    assert {form for _, form in plan} == {f for fs in B.FORMS.values() for f in fs}


def own_readings(truth: dict) -> list[dict]:
    """The customer's readings of her own number once through, in order (not a part)."""
    return [r for r in truth["readings"] if r["role"] == "customer" and not any(k in r for k in SPECIAL)]


@pytest.mark.parametrize("seed", [108, 111])
def test_the_readings_spell_the_number_and_each_lies_in_its_turn(tmp_path, seed):
    for truth in calls(tmp_path, seed, 24):
        number, form = truth["number"], truth["form"]
        readings = truth["readings"]
        own = own_readings(truth)
        assert all(r["role"] == "customer" for r in readings)
        if form == "three_then_rest":
            assert not own
            head, rest = readings
            assert head["head"] and rest["continued_from"] == 3 == len(digits_of(head["text"]))
            assert digits_of(head["text"]) + digits_of(rest["text"]) == number
            assert rest["span_s"][0] > head["span_s"][1] + 0.3  # 后面八位是 between
        elif form == "code_asked":
            assert not own
            local, code = readings
            assert local["local"] and code["area_code"]
            assert digits_of(code["text"]) + digits_of(local["text"]) == number
            assert len(digits_of(code["text"])) == B.area_len(number)
            assert code["span_s"][0] > local["span_s"][1] + 1.0  # the agent's question between
            assert [t["role"] for t in truth["turns"]][2:5] == ["customer", "agent", "customer"]
        elif form == "first_gen_15":
            old, new = readings
            assert old["first_gen"] and old["other"] == digits_of(old["text"]) and len(old["other"]) == 15
            assert old["other"] == number[:6] + number[8:17] and truth["other_numbers"] == [old["other"]]
            assert digits_of(new["text"]) == number and new["span_s"][0] > old["span_s"][1] + 1.0
            assert "1940" <= number[6:10] <= "1984"
        else:
            (r,) = own
            assert digits_of(r["text"]) == number, truth
        if form != "first_gen_15":
            assert truth["other_numbers"] == []
        if form == "sneeze_between":
            r = own[0]
            assert 0 <= r["sneeze_after"] < len(r["text"].split("，")) - 1
            assert "阿嚏" not in r["text"] and "，" in r["text"]
        if form == "fading_signal":
            assert 12 <= own[0]["fade_db"] <= 20
        if form == "offers_cvv":
            assert truth["turns"][2]["role"] == "customer" and "三" in truth["turns"][2]["text"][-20:]
            assert truth["turns"][3]["role"] == "agent" and "安全码" in truth["turns"][3]["text"]
            assert len(readings) == 1  # nothing on the back is said
        if form in UNDER:
            (bg,) = truth["background"]
            (r,) = own
            assert bg["what"] == UNDER[form] and bg["role"] == "customer"
            assert bg["span_s"][0] <= r["span_s"][0] + 1e-3 and r["span_s"][1] <= bg["span_s"][1] + 1e-3
        else:
            assert truth["background"] == []
        assert truth["lookalikes"] == []
        assert "family" not in truth["voices"]
        assert_laid_out(truth)


def test_numbers_are_valid_of_their_kind_and_forms_show_what_they_name(tmp_path):
    seen = set()
    for truth in calls(tmp_path, 108, 24) + calls(tmp_path, 6, 24):
        n, form, kind = truth["number"], truth["form"], truth["kind"]
        assert_valid(kind, n)
        seen.add(form)
        turns = "".join(t["text"] for t in truth["turns"])
        shows = {"vacuum_cleaner": "吸尘", "washing_machine": "洗衣机", "market_crowd": "人", "sneeze_between": "过敏",
                 "fading_signal": "信号", "three_then_rest": "后", "code_asked": "区号", "first_gen_15": "十八位",
                 "offers_cvv": "安全码"}
        assert shows[form] in turns
        assert truth["names"] == [] and truth["forms"] == "blind26"
    assert seen == {f for fs in B.FORMS.values() for f in fs}


def test_sounds_are_finite_and_sound_like_what_they_name():
    rng = np.random.default_rng(1)
    n = int(3 * G.SR)
    for make in (B.vacuum, B.washer, B.crowd):
        clip = make(n, 0.05, rng)
        assert len(clip) == n and np.all(np.isfinite(clip)) and np.abs(clip).max() > 0.02
    freqs = np.fft.rfftfreq(n, 1 / G.SR)
    share = lambda clip, lo, hi: (np.abs(np.fft.rfft(clip)) ** 2)[(freqs >= lo) & (freqs < hi)].sum() / (  # noqa: E731
        np.abs(np.fft.rfft(clip)) ** 2).sum()
    assert share(B.washer(n, 0.05, rng), 0, 300) > 0.8  # a low rumble
    assert share(B.vacuum(n, 0.05, rng), 300, 4000) > 0.7  # a broad roar and whine
    assert share(B.crowd(n, 0.05, rng), 250, 3200) > 0.7  # voices' band
    env = B.fade_envelope(n, 16.0, random.Random(3))
    assert env[0] == env[-1] == 1.0 and abs(20 * np.log10(env.min()) + 16.0) < 0.01
    assert (env < 0.5).mean() > 0.15  # a real stretch down, not a blip


def test_readings_and_negatives_lie_inside_the_call_and_apart(tmp_path):
    for truth in calls(tmp_path, 109, 12, negatives=True) + calls(tmp_path, 108, 24):
        stem = tmp_path / f"9001_20261127-260000_{truth['call_id']}"
        assert_inside_and_apart(stem, truth)
    negatives = calls(tmp_path, 109, 12, negatives=True)
    assert {t["kind"] for t in negatives} == {"none"}
    assert all(not t["readings"] and len(t["negatives"]) == 4 and not t["other_numbers"] and not t["background"]
               and not t["lookalikes"] for t in negatives)



def test_negative_lines_read_no_personal_number(tmp_path):
    lines = [n["text"] for t in calls(tmp_path, 109, 40, negatives=True) for n in t["negatives"]]
    lines += [n["text"] for t in calls(tmp_path, 108, 44) for n in t["negatives"]]
    assert len(set(lines)) > 15
    assert all(lookalike_free_line(line) for line in lines)
    assert any("案件号" in line for line in lines) and any("电子客票号" in line for line in lines)
    assert any("预约号" in line for line in lines) and any("调频" in line for line in lines)
