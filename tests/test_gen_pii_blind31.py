"""tools/gen_calls/pii_calls.py --forms blind31: the thirty-first blind set of numbers read aloud.

As for blind7, blind9 and blind17 to blind30, a stand-in voice speaks: under test is the truth the
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
import pii_blind30  # noqa: E402
import pii_blind31 as B  # noqa: E402
import pii_calls  # noqa: E402
from test_gen_pii_blind7 import (  # noqa: E402
    DIGIT_OF, assert_inside_and_apart, assert_laid_out, assert_new_to_earlier_writers, assert_valid,
    lookalike_free_line, stand_in_calls)

DIGIT31 = dict(DIGIT_OF, 勾="9")
WIDE_FORMS = {"grouped", "ungrouped", "filler", "two_turns", "read_back"}
UNDER = {"stairs_panting": "stairs", "electric_fan": "fan"}


def digits_of(text: str) -> str:
    return "".join(DIGIT31[c] for c in text if c in DIGIT31)


def calls(tmp_path: Path, seed: int, n: int, negatives: bool = False) -> list[dict]:
    return stand_in_calls(B.make_blind31_call, B.kinds_and_forms, "20261127-310000", tmp_path, seed, n, negatives)


def test_blind31_is_registered_beside_the_earlier_writers():
    assert pii_calls.blind_family("blind31") == (B.kinds_and_forms, B.make_blind31_call)
    assert pii_calls.blind_family("blind30") == (pii_blind30.kinds_and_forms, pii_blind30.make_blind30_call)


def test_forms_carriers_and_negatives_are_new_to_wide_and_every_earlier_blind_writer():
    assert_new_to_earlier_writers(B, "31", WIDE_FORMS)
    assert len(B.NEGATIVE31["agent"]) == len(B.NEGATIVE31["customer"]) == 9
    assert not set(UNDER.values()) & {"clock", "bird", "cicadas", "mower", "train", "hairdryer", "mahjong",
                                      "firecrackers", "wok", "vacuum", "washer", "crowd", "kettle", "drill", "rain",
                                      "pen", "music", "water", "chewing", "baby", "keypad", "typing", "call_waiting",
                                      "doorbell", "dog", "car"}


def test_every_kind_and_form_is_read_before_any_is_read_twice():
    plan = B.kinds_and_forms(random.Random(158), 44)
    pairs = Counter(plan)
    assert len(pairs) == len(set(plan[:20])) == 20  # 4 shared forms x 4 kinds + 4 kinds' own
    assert max(pairs.values()) - min(pairs.values()) <= 1
    assert {form for _, form in plan} == {f for fs in B.FORMS.values() for f in fs}


@pytest.mark.parametrize("seed", [158, 161])
def test_the_readings_spell_the_number_and_each_lie_in_its_turn(tmp_path, seed):
    for truth in calls(tmp_path, seed, 20):
        number, form = truth["number"], truth["form"]
        readings = truth["readings"]
        assert all(r["role"] == "customer" for r in readings)
        if form == "slow_then_quick":
            slow, quick = readings
            assert slow["slow"] and quick["quick"] and slow["text"] == quick["text"]
            assert digits_of(slow["text"]) == number
            assert [t["role"] for t in truth["turns"][2:4]] == ["customer", "customer"]
            assert "慢" in truth["turns"][2]["text"] and "快" in truth["turns"][3]["text"]
            # the quick pass takes less time than the slow one
            assert quick["span_s"][1] - quick["span_s"][0] < slow["span_s"][1] - slow["span_s"][0]
        elif form == "asks_progress":
            head, tail = readings
            assert head["head"] and tail["continued_from"] == 7
            assert digits_of(head["text"]) == number[:7] and digits_of(tail["text"]) == number[7:]
            assert [t["role"] for t in truth["turns"][2:5]] == ["customer", "agent", "customer"]
            assert "七位" in truth["turns"][3]["text"] and not truth["turns"][3]["readings"]
        else:
            (r,) = readings
            assert digits_of(r["text"]) == number, truth
            groups = r["text"].rstrip("。").split("，")
            if form in ("threes_then_fours", "sevens"):
                sizes = [len(digits_of(g)) for g in groups]
                assert sizes == r["sizes"] == list(B.own_sizes(form, number))
                assert sum(sizes) == len(number)
            if form == "knock_between":
                assert 0 <= r["knock_after"] < len(groups) - 1
                assert set(r["text"]) <= set(DIGIT31) | set("，。")
                assert "敲门" in truth["turns"][3]["text"] and not truth["turns"][3]["readings"]
            if form == "card_code_changed":
                old = r["old_code"]
                turn = truth["turns"][2]["text"]
                assert old in B.OLD_CODES and not number.startswith(old)
                assert digits_of(turn.split(r["text"])[0]) == old and "名片" in turn
        assert truth["other_numbers"] == []
        if form in UNDER:
            (bg,) = truth["background"]
            (r,) = readings
            lo, hi = (6, 10) if form == "stairs_panting" else (7, 11)
            assert bg["what"] == UNDER[form] and bg["role"] == "customer" and lo <= bg["db_under"] <= hi
            assert bg["span_s"][0] <= r["span_s"][0] + 1e-3 and r["span_s"][1] <= bg["span_s"][1] + 1e-3
        else:
            assert truth["background"] == []
        assert truth["lookalikes"] == []
        assert "family" not in truth["voices"]
        assert_laid_out(truth)


def test_numbers_are_valid_of_their_kind_and_forms_show_what_they_name(tmp_path):
    seen = set()
    for truth in calls(tmp_path, 158, 20) + calls(tmp_path, 6, 20):
        n, form, kind = truth["number"], truth["form"], truth["kind"]
        assert_valid(kind, n)
        seen.add(form)
        turns = "".join(t["text"] for t in truth["turns"])
        shows = {"stairs_panting": ("楼",), "slow_then_quick": ("快",), "knock_between": ("敲门",),
                 "electric_fan": ("电风扇", "电扇"), "asks_progress": ("记",), "card_code_changed": ("名片",),
                 "threes_then_fours": ("",), "sevens": ("",)}
        assert any(word in turns for word in shows[form])
        assert truth["names"] == [] and truth["forms"] == "blind31"
    assert seen == {f for fs in B.FORMS.values() for f in fs}


def test_own_sizes_cover_every_length():
    assert sum(B.own_sizes("threes_then_fours", "1" * 18)) == 18
    for n in range(16, 20):
        sizes = B.own_sizes("sevens", "1" * n)
        assert sum(sizes) == n and sizes[:2] == (7, 7) and 2 <= sizes[2] <= 5


def test_old_codes_are_other_than_the_numbers_own():
    rng = random.Random(5)
    for _ in range(100):
        n = pii_calls.make_number("landline", rng)
        assert not n.startswith(B.old_code_for(n, rng))


def test_sounds_are_finite_and_sound_like_what_they_name():
    rng = np.random.default_rng(1)
    n = int(4 * G.SR)
    for make in (B.panting_steps, B.fan_hum):
        clip = make(n, 0.05, rng)
        assert len(clip) == n and np.all(np.isfinite(clip)) and np.abs(clip).max() > 0.02
    freqs = np.fft.rfftfreq(n, 1 / G.SR)
    power = lambda clip: np.abs(np.fft.rfft(clip)) ** 2  # noqa: E731
    share = lambda clip, lo, hi: power(clip)[(freqs >= lo) & (freqs < hi)].sum() / power(clip).sum()  # noqa: E731
    fan = B.fan_hum(n, 0.05, rng)
    assert share(fan, 40, 1300) > 0.95  # hum and air, nothing high
    stairs = B.panting_steps(n, 0.05, rng)
    assert share(stairs, 60, 2600) > 0.95
    assert share(stairs, 60, 150) > 0.05 and share(stairs, 300, 2500) > 0.3  # footsteps and breaths both there
    env = np.abs(stairs).reshape(-1, int(0.05 * G.SR)).max(axis=1)
    assert env.max() > 3 * np.percentile(env, 10)  # breaths come and go
    knocks = B.door_knocks(0.05, rng)
    assert 0.5 * G.SR <= len(knocks) <= 1.0 * G.SR and np.all(np.isfinite(knocks))
    m = len(knocks)
    f = np.fft.rfftfreq(m, 1 / G.SR)
    p = np.abs(np.fft.rfft(knocks)) ** 2
    assert p[(f >= 150) & (f < 1000)].sum() / p.sum() > 0.9
    block = int(0.02 * G.SR)
    env = np.abs(knocks[: m - m % block]).reshape(-1, block).max(axis=1)
    assert (env < 0.1 * env.max()).any()  # separate knocks, silence between


def test_readings_and_negatives_lie_inside_the_call_and_apart(tmp_path):
    for truth in calls(tmp_path, 159, 12, negatives=True) + calls(tmp_path, 158, 20):
        stem = tmp_path / f"9001_20261127-310000_{truth['call_id']}"
        assert_inside_and_apart(stem, truth)
    negatives = calls(tmp_path, 159, 12, negatives=True)
    assert {t["kind"] for t in negatives} == {"none"}
    assert all(not t["readings"] and len(t["negatives"]) == 4 and not t["other_numbers"] and not t["background"]
               and not t["lookalikes"] for t in negatives)


def test_negative_lines_read_no_personal_number(tmp_path):
    lines = [n["text"] for t in calls(tmp_path, 159, 40, negatives=True) for n in t["negatives"]]
    lines += [n["text"] for t in calls(tmp_path, 158, 44) for n in t["negatives"]]
    assert len(set(lines)) > 15
    assert all(lookalike_free_line(line, DIGIT31, "洞拐勾") for line in lines)
    assert any("献血" in line for line in lines) and any("处方编号" in line for line in lines)
    assert any("定期" in line for line in lines) and any("型号" in line for line in lines)
    assert any("鱼缸" in line for line in lines) and any("单元" in line for line in lines)
