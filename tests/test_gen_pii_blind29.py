"""tools/gen_calls/pii_calls.py --forms blind29: the twenty-ninth blind set of numbers read aloud.

As for blind7, blind9 and blind17 to blind28, a stand-in voice speaks: under test is the truth the
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
import pii_blind28  # noqa: E402
import pii_blind29 as B  # noqa: E402
import pii_calls  # noqa: E402
from test_gen_pii_blind7 import (  # noqa: E402
    DIGIT_OF, assert_inside_and_apart, assert_laid_out, assert_new_to_earlier_writers, assert_valid,
    lookalike_free_line, stand_in_calls)

DIGIT29 = dict(DIGIT_OF, 勾="9")
WIDE_FORMS = {"grouped", "ungrouped", "filler", "two_turns", "read_back"}
UNDER = {"cicadas": "cicadas", "lawn_mower": "mower"}


def digits_of(text: str) -> str:
    return "".join(DIGIT29[c] for c in text if c in DIGIT29)


def calls(tmp_path: Path, seed: int, n: int, negatives: bool = False) -> list[dict]:
    return stand_in_calls(B.make_blind29_call, B.kinds_and_forms, "20261127-290000", tmp_path, seed, n, negatives)


def test_blind29_is_registered_beside_the_earlier_writers():
    assert pii_calls.blind_family("blind29") == (B.kinds_and_forms, B.make_blind29_call)
    assert pii_calls.blind_family("blind28") == (pii_blind28.kinds_and_forms, pii_blind28.make_blind28_call)


def test_forms_carriers_and_negatives_are_new_to_wide_and_every_earlier_blind_writer():
    assert_new_to_earlier_writers(B, "29", WIDE_FORMS)
    assert len(B.NEGATIVE29["agent"]) == len(B.NEGATIVE29["customer"]) == 9
    assert not set(UNDER.values()) & {"train", "hairdryer", "mahjong", "firecrackers", "wok", "vacuum", "washer",
                                      "crowd", "kettle", "drill", "rain", "pen", "music", "water", "chewing", "baby",
                                      "keypad", "typing", "call_waiting", "doorbell", "dog", "car"}


def test_every_kind_and_form_is_read_before_any_is_read_twice():
    plan = B.kinds_and_forms(random.Random(138), 44)
    pairs = Counter(plan)
    assert len(pairs) == len(set(plan[:20])) == 20  # 4 shared forms x 4 kinds + 4 kinds' own
    assert max(pairs.values()) - min(pairs.values()) <= 1
    assert {form for _, form in plan} == {f for fs in B.FORMS.values() for f in fs}


@pytest.mark.parametrize("seed", [138, 141])
def test_the_readings_spell_the_number_and_each_lie_in_its_turn(tmp_path, seed):
    for truth in calls(tmp_path, seed, 20):
        number, form = truth["number"], truth["form"]
        (r,) = truth["readings"]
        assert r["role"] == "customer"
        assert digits_of(r["text"]) == number, truth
        groups = r["text"].rstrip("。").split("，")
        if form in ("seven_four", "nine_pairs", "fives"):
            sizes = [len(digits_of(g)) for g in groups]
            assert sizes == r["sizes"] == list(B.own_sizes(form, number))
            assert sum(sizes) == len(number)
            if form == "fives":
                assert all(5 <= s <= 7 for s in sizes[:-1] + [max(sizes[-1], 5)]) and min(sizes) >= 3
        if form == "then_between":
            words = [g for g in groups if not digits_of(g)]
            assert len(words) == r["then_words"] >= 1 and set(words) <= set(B.THEN)
            assert all(digits_of(g) for g in groups[::2]) and groups[1::2] == words
        if form == "sniff_between":
            assert 0 <= r["sniff_after"] < len(groups) - 1
            assert set(r["text"]) <= set(DIGIT29) | set("，。")
        if form == "shop_downstairs":
            assert r["via_shop"] and "小卖部" in truth["turns"][2]["text"] and "老板" in truth["turns"][2]["text"]
        assert truth["other_numbers"] == []
        if form in UNDER:
            (bg,) = truth["background"]
            assert bg["what"] == UNDER[form] and bg["role"] == "customer"
            assert bg["span_s"][0] <= r["span_s"][0] + 1e-3 and r["span_s"][1] <= bg["span_s"][1] + 1e-3
        else:
            assert truth["background"] == []
        assert truth["lookalikes"] == []
        assert "family" not in truth["voices"]
        assert_laid_out(truth)


def test_numbers_are_valid_of_their_kind_and_forms_show_what_they_name(tmp_path):
    seen = set()
    for truth in calls(tmp_path, 138, 20) + calls(tmp_path, 6, 20):
        n, form, kind = truth["number"], truth["form"], truth["kind"]
        assert_valid(kind, n)
        seen.add(form)
        turns = "".join(t["text"] for t in truth["turns"])
        shows = {"then_between": ("然后", "接着", "再往下"), "sniff_between": ("感冒", "鼻炎"),
                 "cicadas": ("知了",), "lawn_mower": ("割草",), "shop_downstairs": ("小卖部",),
                 "seven_four": ("",), "nine_pairs": ("",), "fives": ("",)}
        assert any(word in turns for word in shows[form])
        assert truth["names"] == [] and truth["forms"] == "blind29"
    assert seen == {f for fs in B.FORMS.values() for f in fs}


def test_fives_sizes_cover_every_card_length():
    for n in range(16, 20):
        sizes = B.fives_sizes(n)
        assert sum(sizes) == n and all(3 <= s <= 7 for s in sizes) and sizes[0] == 5


def test_sounds_are_finite_and_sound_like_what_they_name():
    rng = np.random.default_rng(1)
    n = int(4 * G.SR)
    for make in (B.cicadas, B.mower):
        clip = make(n, 0.05, rng)
        assert len(clip) == n and np.all(np.isfinite(clip)) and np.abs(clip).max() > 0.02
    freqs = np.fft.rfftfreq(n, 1 / G.SR)
    power = lambda clip: np.abs(np.fft.rfft(clip)) ** 2  # noqa: E731
    share = lambda clip, lo, hi: power(clip)[(freqs >= lo) & (freqs < hi)].sum() / power(clip).sum()  # noqa: E731
    assert share(B.cicadas(n, 0.05, rng), 2300, 4000) > 0.8  # the insects' high rasp
    mow = B.mower(n, 0.05, rng)
    assert share(mow, 0, 1600) > 0.85  # the engine and the blade
    assert power(mow)[(freqs >= 40) & (freqs < 65)].max() > 20 * np.median(power(mow)[(freqs >= 100) & (freqs < 1500)])
    puff = B.sniff(0.05, rng)
    assert 0.25 * G.SR <= len(puff) <= 0.4 * G.SR and np.all(np.isfinite(puff))
    assert share(np.pad(puff, (0, n - len(puff))), 900, 3700) > 0.8
    assert np.abs(puff[: len(puff) // 4]).mean() < np.abs(puff[len(puff) // 2:]).mean()  # it rises


def test_readings_and_negatives_lie_inside_the_call_and_apart(tmp_path):
    for truth in calls(tmp_path, 139, 12, negatives=True) + calls(tmp_path, 138, 20):
        stem = tmp_path / f"9001_20261127-290000_{truth['call_id']}"
        assert_inside_and_apart(stem, truth)
    negatives = calls(tmp_path, 139, 12, negatives=True)
    assert {t["kind"] for t in negatives} == {"none"}
    assert all(not t["readings"] and len(t["negatives"]) == 4 and not t["other_numbers"] and not t["background"]
               and not t["lookalikes"] for t in negatives)


def test_negative_lines_read_no_personal_number(tmp_path):
    lines = [n["text"] for t in calls(tmp_path, 139, 40, negatives=True) for n in t["negatives"]]
    lines += [n["text"] for t in calls(tmp_path, 138, 44) for n in t["negatives"]]
    assert len(set(lines)) > 15
    assert all(lookalike_free_line(line, DIGIT29, "洞拐勾") for line in lines)
    assert any("取票码" in line for line in lines) and any("基金代码" in line for line in lines)
    assert any("序列号" in line for line in lines) and any("格口" in line for line in lines)
    assert any("下铺" in line for line in lines) and any("编号" in line for line in lines)
