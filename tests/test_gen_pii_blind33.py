"""tools/gen_calls/pii_calls.py --forms blind33: the thirty-third blind set of numbers read aloud.

As for blind7, blind9 and blind17 to blind32, a stand-in voice speaks: under test is the truth the
benchmark relies on (each reading's text and seconds, the number it spells, the negatives and the
sounds in the call), and that the forms are new.
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
import pii_blind32  # noqa: E402
import pii_blind33 as B  # noqa: E402
import pii_calls  # noqa: E402
from test_gen_pii_blind7 import (  # noqa: E402
    assert_inside_and_apart, assert_laid_out, assert_new_to_earlier_writers, assert_runs_on, assert_valid, DIGIT_OF,
    lookalike_free_line, StandInVoice, stand_in_calls)

DIGIT33 = dict(DIGIT_OF, 勾="9")
WIDE_FORMS = {"grouped", "ungrouped", "filler", "two_turns", "read_back"}
OWN = ("five_five_one", "front_back", "fives_tail_three", "fives_from_end")


def digits_of(text: str) -> str:
    return "".join(DIGIT33[c] for c in text if c in DIGIT33)


def calls(tmp_path: Path, seed: int, n: int, negatives: bool = False) -> list[dict]:
    return stand_in_calls(B.make_blind33_call, B.kinds_and_forms, "20261127-330000", tmp_path, seed, n, negatives)


def test_blind33_is_registered_beside_the_earlier_writers():
    assert pii_calls.blind_family("blind33") == (B.kinds_and_forms, B.make_blind33_call)
    assert pii_calls.blind_family("blind32") == (pii_blind32.kinds_and_forms, pii_blind32.make_blind32_call)


def test_forms_carriers_and_negatives_are_new_to_wide_and_every_earlier_blind_writer():
    assert_new_to_earlier_writers(B, "33", WIDE_FORMS)
    assert len(B.NEGATIVE33["agent"]) == len(B.NEGATIVE33["customer"]) == 9


def test_every_kind_and_form_is_read_before_any_is_read_twice():
    plan = B.kinds_and_forms(random.Random(178), 44)
    pairs = Counter(plan)
    assert len(pairs) == len(set(plan[:20])) == 20  # 4 shared forms x 4 kinds + 4 kinds' own
    assert max(pairs.values()) - min(pairs.values()) <= 1
    assert {form for _, form in plan} == {f for fs in B.FORMS.values() for f in fs}


@pytest.mark.parametrize("seed", [178, 181])
def test_the_readings_spell_the_number_and_each_lie_in_its_turn(tmp_path, seed):
    for truth in calls(tmp_path, seed, 20):
        number, form = truth["number"], truth["form"]
        readings = truth["readings"]
        turns = truth["turns"]
        assert all(r["role"] == "customer" for r in readings)
        if form == "sticky_flip":
            assert_runs_on(readings, number, digits_of)
            head, rest = readings
            assert [t["role"] for t in turns[2:4]] == ["customer", "customer"]
            assert "便利贴" in turns[2]["text"] and ("背面" in turns[2]["text"] or "反面" in turns[2]["text"])
            (bg,) = truth["background"]
            assert bg["what"] == "paper_rustle" and bg["role"] == "customer" and 6 <= bg["db_under"] <= 10
            # the paper rustles after her first turn and before she reads the back
            assert head["span_s"][1] < bg["span_s"][0] and bg["span_s"][1] < rest["span_s"][0]
            assert 0.6 <= bg["span_s"][1] - bg["span_s"][0] <= 1.1 + 1e-3
        elif form == "colleague_shouts":
            head, shouted, rest = readings
            assert head["head"] and head["text"].endswith("……") and number.startswith(digits_of(head["text"]))
            k = len(digits_of(head["text"]))
            assert shouted["speaker"] == "colleague" and shouted["continued_from"] == k
            assert 0.5 <= shouted["far_s"] <= 0.9 and shouted["text"].endswith("！")
            assert number[k:].startswith(digits_of(shouted["text"])) and len(digits_of(shouted["text"])) >= 3
            assert rest["continued_from"] == k and digits_of(rest["text"]) == number[k:]
            assert "speaker" not in head and "speaker" not in rest
            assert [t.get("speaker") for t in turns[2:5]] == [None, "colleague", None]
            colleague = truth["voices"]["colleague"]
            assert colleague not in (truth["voices"]["agent"], truth["voices"]["customer"])
        elif form == "typing_to_check":
            whole, *typed = readings
            assert digits_of(whole["text"]) == number and set(whole) == {"role", "span_s", "text"}
            assert len(typed) >= 2 and all(r["typed"] for r in typed)
            assert_runs_on(typed, number, digits_of)
            assert "输" in turns[2]["text"] and turns[3]["text"].endswith(("没问题。", "就是这个。"))
            # a long pause after each typed group
            assert all(b["span_s"][0] - a["span_s"][1] >= 0.9 - 1e-3 for a, b in zip(typed, typed[1:]))
        elif form == "army_digits":
            (r,) = readings
            assert r["army"] and digits_of(r["text"]) == number
            assert not set(r["text"]) & set("零一二七九")  # 洞 幺 两 拐 勾 only
        else:
            assert form in OWN
            (r,) = readings
            assert digits_of(r["text"]) == number, truth
            sizes = [len(digits_of(g)) for g in r["text"].rstrip("。").split("，")]
            assert sizes == r["sizes"] == list(B.own_sizes(truth["kind"], form, number)) and sum(sizes) == len(number)
            if form == "front_back":
                code, front, back = r["text"].rstrip("。").split("，")
                assert code.startswith(B.CODE) and front.startswith(B.FRONT) and back.startswith(B.BACK)
        if form != "sticky_flip":
            assert truth["background"] == []
        if form != "colleague_shouts":
            assert "colleague" not in truth["voices"]
        assert truth["other_numbers"] == [] and truth["lookalikes"] == []
        assert "family" not in truth["voices"]
        assert_laid_out(truth)


def test_numbers_are_valid_of_their_kind_and_forms_show_what_they_name(tmp_path):
    seen = set()
    for truth in calls(tmp_path, 178, 20) + calls(tmp_path, 6, 20):
        n, form, kind = truth["number"], truth["form"], truth["kind"]
        assert_valid(kind, n)
        seen.add(form)
        turns = "".join(t["text"] for t in truth["turns"])
        shows = {"sticky_flip": ("便利贴",), "colleague_shouts": ("小刘", "王姐"), "typing_to_check": ("输",),
                 "army_digits": ("部队", "当过兵"), "five_five_one": ("",), "front_back": ("区号",),
                 "fives_tail_three": ("",), "fives_from_end": ("",)}
        assert any(word in turns for word in shows[form])
        assert truth["names"] == [] and truth["forms"] == "blind33"
    assert seen == {f for fs in B.FORMS.values() for f in fs}


def test_own_sizes_cover_every_length():
    for n in ("01012345678", "02112345678", "05711234567", "057112345678", "0731123456"):
        sizes = B.own_sizes("landline", "front_back", n)
        area = 3 if n[:2] in ("01", "02") else 4
        assert sum(sizes) == len(n) and sizes[0] == area and 0 <= sizes[1] - sizes[2] <= 1 and sizes[2] >= 3
    assert B.own_sizes("mobile", "five_five_one", "1" * 11) == (5, 5, 1)
    assert B.own_sizes("id_card", "fives_tail_three", "1" * 18) == (5, 5, 5, 3)
    for n in range(16, 20):
        sizes = B.own_sizes("bank_card", "fives_from_end", "1" * n)
        assert sum(sizes) == n and set(sizes[1:]) == {5} and 3 <= sizes[0] <= 7


def test_army_digits_say_every_digit_the_radio_way():
    assert B.army("0123456789") == "洞幺两三四五六拐八勾"
    assert B.army("12X") == "幺两叉"


def test_the_colleague_sounds_far_off_and_quieter(tmp_path):
    """Her colleague's group goes through the room's reverb and is quieter than her own lines."""
    rng = random.Random(3)
    call = B.Call33(StandInVoice(), rng)
    B.read_number(call, "mobile", pii_calls.make_number("mobile", rng), "colleague_shouts", [])
    right = np.concatenate(call.tl.right)
    head, shouted, rest = call.readings

    def rms(span):
        clip = right[int(span[0] * G.SR):int(span[1] * G.SR)]
        return float(np.sqrt(np.mean(clip ** 2)))

    assert rms(shouted["span_s"]) < 0.6 * min(rms(head["span_s"]), rms(rest["span_s"]))
    assert call.far == 0.0 and call.voices["colleague"] != call.voices["customer"]


def test_paper_rustle_is_finite_bursty_and_high():
    rng = np.random.default_rng(1)
    n = int(0.9 * G.SR)
    clip = B.paper_rustle(n, 0.05, rng)
    assert len(clip) == n and np.all(np.isfinite(clip)) and np.abs(clip).max() > 0.02
    freqs = np.fft.rfftfreq(n, 1 / G.SR)
    p = np.abs(np.fft.rfft(clip)) ** 2
    assert p[(freqs > 900) & (freqs < 3700)].sum() / p.sum() > 0.8
    block = int(0.02 * G.SR)
    env = np.abs(clip[: n - n % block]).reshape(-1, block).max(axis=1)
    assert env.max() > 3 * np.median(env)  # bursts, not a steady hiss


def test_readings_and_negatives_lie_inside_the_call_and_apart(tmp_path):
    for truth in calls(tmp_path, 179, 12, negatives=True) + calls(tmp_path, 178, 20):
        stem = tmp_path / f"9001_20261127-330000_{truth['call_id']}"
        assert_inside_and_apart(stem, truth)
    negatives = calls(tmp_path, 179, 12, negatives=True)
    assert {t["kind"] for t in negatives} == {"none"}
    assert all(not t["readings"] and len(t["negatives"]) == 4 and not t["other_numbers"] and not t["background"]
               and not t["lookalikes"] for t in negatives)


def test_negative_lines_read_no_personal_number(tmp_path):
    lines = [n["text"] for t in calls(tmp_path, 179, 40, negatives=True) for n in t["negatives"]]
    lines += [n["text"] for t in calls(tmp_path, 178, 44) for n in t["negatives"]]
    assert len(set(lines)) > 15
    assert all(lookalike_free_line(line, DIGIT33, "洞拐勾") for line in lines)
    assert any("演唱会" in line for line in lines) and any("预约码" in line for line in lines)
    assert any("电饭煲" in line for line in lines) and any("教室" in line for line in lines)
    assert any("学分" in line for line in lines) and any("枣" in line for line in lines)
