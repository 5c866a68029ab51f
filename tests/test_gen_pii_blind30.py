"""tools/gen_calls/pii_calls.py --forms blind29: the thirtieth blind set of numbers read aloud.

As for blind7, blind9 and blind17 to blind29, a stand-in voice speaks: under test is the truth the
benchmark relies on (each reading's text and seconds, the number it spells, the negatives and the
sounds under a reading), and that the forms are new.
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
import pii_blind29  # noqa: E402
import pii_blind30 as B  # noqa: E402
import pii_calls  # noqa: E402
from test_gen_pii_blind7 import (  # noqa: E402
    DIGIT_OF, assert_inside_and_apart, assert_laid_out, assert_new_to_earlier_writers, assert_valid,
    lookalike_free_line, stand_in_calls)

DIGIT30 = dict(DIGIT_OF, 勾="9")
WIDE_FORMS = {"grouped", "ungrouped", "filler", "two_turns", "read_back"}
UNDER = {"wall_clock": "clock", "pet_bird": "bird"}


def digits_of(text: str) -> str:
    return "".join(DIGIT30[c] for c in text if c in DIGIT30)


def calls(tmp_path: Path, seed: int, n: int, negatives: bool = False) -> list[dict]:
    return stand_in_calls(B.make_blind30_call, B.kinds_and_forms, "20261127-300000", tmp_path, seed, n, negatives)


def test_blind30_is_registered_beside_the_earlier_writers():
    assert pii_calls.blind_family("blind30") == (B.kinds_and_forms, B.make_blind30_call)
    assert pii_calls.blind_family("blind29") == (pii_blind29.kinds_and_forms, pii_blind29.make_blind29_call)


def test_forms_carriers_and_negatives_are_new_to_wide_and_every_earlier_blind_writer():
    assert_new_to_earlier_writers(B, "30", WIDE_FORMS)
    assert len(B.NEGATIVE30["agent"]) == len(B.NEGATIVE30["customer"]) == 9
    assert not set(UNDER.values()) & {"cicadas", "mower", "train", "hairdryer", "mahjong", "firecrackers", "wok",
                                      "vacuum", "washer", "crowd", "kettle", "drill", "rain", "pen", "music", "water",
                                      "chewing", "baby", "keypad", "typing", "call_waiting", "doorbell", "dog", "car"}


def test_every_kind_and_form_is_read_before_any_is_read_twice():
    plan = B.kinds_and_forms(random.Random(148), 44)
    pairs = Counter(plan)
    assert len(pairs) == len(set(plan[:20])) == 20  # 4 shared forms x 4 kinds + 4 kinds' own
    assert max(pairs.values()) - min(pairs.values()) <= 1
    assert {form for _, form in plan} == {f for fs in B.FORMS.values() for f in fs}


@pytest.mark.parametrize("seed", [148, 151])
def test_the_readings_spell_the_number_and_each_lie_in_its_turn(tmp_path, seed):
    for truth in calls(tmp_path, seed, 20):
        number, form = truth["number"], truth["form"]
        (r,) = truth["readings"]
        assert r["role"] == "customer"
        assert digits_of(r["text"]) == number, truth
        groups = r["text"].rstrip("。").split("，")
        if form in ("fours_and_pair", "eights"):
            sizes = [len(digits_of(g)) for g in groups]
            assert sizes == r["sizes"] == list(B.own_sizes(form, number))
            assert sum(sizes) == len(number)
        if form == "dash_said":
            parts = r["text"].rstrip("。").split("杠")
            assert len(parts) - 1 == r["dash_words"] >= 1 and all(digits_of(p) for p in parts)
            assert "，" not in r["text"]
        if form == "low_battery":
            assert 0 <= r["beep_after"] < len(groups) - 1
            assert set(r["text"]) <= set(DIGIT30) | set("，。")
            assert "没电" in truth["turns"][3]["text"] and not truth["turns"][3]["readings"]
        if form == "birthday_tail":
            turn = truth["turns"][2]
            remark = turn["text"].split(r["text"])[1]
            assert r["birthday_tail"] and "生日" in remark and not digits_of(r["text"]) in digits_of(remark)
            month, day = int(number[7:9]), int(number[9:])
            assert 1 <= month <= 12 and 1 <= day <= 31
            assert f"{B._cn(month)}月{B._cn(day)}号" in remark
        if form == "code_unsure":
            wrong = r["wrong_code"]
            turn = truth["turns"][2]["text"]
            assert wrong in B.AREA_CODES and not number.startswith(wrong)
            assert digits_of(turn.split(r["text"])[0]) == wrong and "老家" in turn
        assert truth["other_numbers"] == []
        if form in UNDER:
            (bg,) = truth["background"]
            assert bg["what"] == UNDER[form] and bg["role"] == "customer" and 8 <= bg["db_under"] <= 12
            assert bg["span_s"][0] <= r["span_s"][0] + 1e-3 and r["span_s"][1] <= bg["span_s"][1] + 1e-3
        else:
            assert truth["background"] == []
        assert truth["lookalikes"] == []
        assert "family" not in truth["voices"]
        assert_laid_out(truth)


def test_numbers_are_valid_of_their_kind_and_forms_show_what_they_name(tmp_path):
    seen = set()
    for truth in calls(tmp_path, 148, 20) + calls(tmp_path, 6, 20):
        n, form, kind = truth["number"], truth["form"], truth["kind"]
        assert_valid(kind, n)
        seen.add(form)
        turns = "".join(t["text"] for t in truth["turns"])
        shows = {"dash_said": ("杠",), "low_battery": ("没电",), "wall_clock": ("钟",), "pet_bird": ("鹦鹉", "鸟"),
                 "birthday_tail": ("生日",), "code_unsure": ("老家",), "fours_and_pair": ("",), "eights": ("",)}
        assert any(word in turns for word in shows[form])
        assert truth["names"] == [] and truth["forms"] == "blind30"
    assert seen == {f for fs in B.FORMS.values() for f in fs}


def test_birthday_mobiles_are_valid_and_end_in_a_date():
    rng = random.Random(3)
    for _ in range(200):
        n, month, day = B.birthday_mobile(rng)
        assert_valid("mobile", n) and n.endswith(f"{month:02d}{day:02d}")


def test_eights_sizes_cover_every_card_length():
    for n in range(16, 20):
        sizes = B.eights_sizes(n)
        assert sum(sizes) == n and sizes[:2] in ((8, 8), (8, 9)) and min(sizes) >= 2


def test_sounds_are_finite_and_sound_like_what_they_name():
    rng = np.random.default_rng(1)
    n = int(4 * G.SR)
    for make in (B.clock_strikes, B.bird_chirps):
        clip = make(n, 0.05, rng)
        assert len(clip) == n and np.all(np.isfinite(clip)) and np.abs(clip).max() > 0.02
    freqs = np.fft.rfftfreq(n, 1 / G.SR)
    power = lambda clip: np.abs(np.fft.rfft(clip)) ** 2  # noqa: E731
    share = lambda clip, lo, hi: power(clip)[(freqs >= lo) & (freqs < hi)].sum() / power(clip).sum()  # noqa: E731
    assert share(B.bird_chirps(n, 0.05, rng), 1700, 3700) > 0.8  # the bird's high chirps
    clock = B.clock_strikes(n, 0.05, rng)
    assert share(clock, 400, 3900) > 0.9
    env = np.abs(clock).reshape(-1, int(0.1 * G.SR)).max(axis=1)
    assert env.max() > 4 * np.median(env[env > 0]) or (env > 0).sum() < len(env)  # strokes, not a steady hum
    beeps = B.battery_beeps(0.05, rng)
    assert 0.26 * G.SR <= len(beeps) <= 0.38 * G.SR and np.all(np.isfinite(beeps))
    assert share(np.pad(beeps, (0, n - len(beeps))), 700, 1500) > 0.9
    half = len(beeps) // 2
    spec = lambda x: np.abs(np.fft.rfft(x, 8192))  # noqa: E731
    f = np.fft.rfftfreq(8192, 1 / G.SR)
    assert f[spec(beeps[half:]).argmax()] < f[spec(beeps[:half]).argmax()]  # the second tone is lower


def test_readings_and_negatives_lie_inside_the_call_and_apart(tmp_path):
    for truth in calls(tmp_path, 149, 12, negatives=True) + calls(tmp_path, 148, 20):
        stem = tmp_path / f"9001_20261127-300000_{truth['call_id']}"
        assert_inside_and_apart(stem, truth)
    negatives = calls(tmp_path, 149, 12, negatives=True)
    assert {t["kind"] for t in negatives} == {"none"}
    assert all(not t["readings"] and len(t["negatives"]) == 4 and not t["other_numbers"] and not t["background"]
               and not t["lookalikes"] for t in negatives)


def test_negative_lines_read_no_personal_number(tmp_path):
    lines = [n["text"] for t in calls(tmp_path, 149, 40, negatives=True) for n in t["negatives"]]
    lines += [n["text"] for t in calls(tmp_path, 148, 44) for n in t["negatives"]]
    assert len(set(lines)) > 15
    assert all(lookalike_free_line(line, DIGIT30, "洞拐勾") for line in lines)
    assert any("索书号" in line for line in lines) and any("排队号" in line for line in lines)
    assert any("普快" in line for line in lines) and any("型号" in line for line in lines)
    assert any("双色球" in line for line in lines) and any("落地价" in line for line in lines)
