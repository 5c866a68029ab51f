"""tools/gen_calls/pii_calls.py --forms blind28: the twenty-eighth blind set of numbers read aloud.

As for blind7, blind9 and blind17 to blind27, a stand-in voice speaks: under test is the truth the
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
import pii_blind9  # noqa: E402
import pii_blind27  # noqa: E402
import pii_blind28 as B  # noqa: E402
import pii_calls  # noqa: E402
from test_gen_pii_blind7 import (  # noqa: E402
    DIGIT_OF, assert_inside_and_apart, assert_laid_out, assert_new_to_earlier_writers, assert_valid,
    lookalike_free_line, stand_in_calls)

DIGIT28 = dict(DIGIT_OF, 勾="9")
WIDE_FORMS = {"grouped", "ungrouped", "filler", "two_turns", "read_back"}
SPECIAL = ("partial", "swapped", "tail", "head", "area_code", "rest_of", "other", "continued_from", "stutter",
           "local", "muttered")
UNDER = {"train_rumble": "train", "hair_dryer": "hairdryer"}


def digits_of(text: str) -> str:
    return "".join(DIGIT28[c] for c in text if c in DIGIT28)


def value_of(pair: str) -> str:
    """A pair said as a value (八十五, 十二, 二十) back to its two digits."""
    tens, ones = pair.split("十")
    return (DIGIT28[tens] if tens else "1") + (DIGIT28[ones] if ones else "0")


def spelled(text: str) -> str:
    """The digits a reading spells: groups with 十 are two-digit values, the rest digit by digit."""
    return "".join(value_of(g) if "十" in g else digits_of(g) for g in re.split("[，。]", text))


def calls(tmp_path: Path, seed: int, n: int, negatives: bool = False) -> list[dict]:
    return stand_in_calls(B.make_blind28_call, B.kinds_and_forms, "20261127-280000", tmp_path, seed, n, negatives)


def test_blind28_is_registered_beside_the_earlier_writers():
    assert pii_calls.blind_family("blind28") == (B.kinds_and_forms, B.make_blind28_call)
    assert pii_calls.blind_family("blind27") == (pii_blind27.kinds_and_forms, pii_blind27.make_blind27_call)


def test_forms_carriers_and_negatives_are_new_to_wide_and_every_earlier_blind_writer():
    assert_new_to_earlier_writers(B, "28", WIDE_FORMS)
    assert len(B.NEGATIVE28["agent"]) == len(B.NEGATIVE28["customer"]) == 9
    assert not set(UNDER.values()) & {"mahjong", "firecrackers", "wok", "vacuum", "washer", "crowd", "kettle",
                                      "drill", "rain", "pen", "music", "water", "chewing", "baby", "keypad",
                                      "typing", "call_waiting", "doorbell", "dog", "car"}


def test_every_kind_and_form_is_read_before_any_is_read_twice():
    plan = B.kinds_and_forms(random.Random(128), 44)
    pairs = Counter(plan)
    assert len(pairs) == len(set(plan[:28])) == 28  # 6 shared forms x 4 kinds + 4 kinds' own
    assert max(pairs.values()) - min(pairs.values()) <= 1
    assert {form for _, form in plan} == {f for fs in B.FORMS.values() for f in fs}


def own_readings(truth: dict) -> list[dict]:
    """The customer's readings of her own number once through, in order (not a part)."""
    return [r for r in truth["readings"] if r["role"] == "customer" and not any(k in r for k in SPECIAL)]


@pytest.mark.parametrize("seed", [128, 131])
def test_the_readings_spell_the_number_and_each_lie_in_its_turn(tmp_path, seed):
    for truth in calls(tmp_path, seed, 28):
        number, form = truth["number"], truth["form"]
        readings = truth["readings"]
        own = own_readings(truth)
        assert all(r["role"] == "customer" for r in readings)
        if form == "still_there":
            assert not own and len(readings) == 2
            assert readings[0]["head"] and readings[1]["continued_from"] == len(digits_of(readings[0]["text"]))
            assert digits_of(readings[0]["text"]) + digits_of(readings[1]["text"]) == number
            assert readings[1]["span_s"][0] > readings[0]["span_s"][1] + 3.0  # the silence and the agent's line
            assert [t["role"] for t in truth["turns"]][2:5] == ["customer", "agent", "customer"]
            assert "还在吗" in truth["turns"][3]["text"] or "能听到吗" in truth["turns"][3]["text"]
        elif form == "tens_tail":
            (r,) = own
            assert r["tens_last"] == 4 and spelled(r["text"]) == number, truth
            tail = re.split("[，。]", r["text"])[-3:-1]
            assert all("十" in g for g in tail) and "十" not in "".join(re.split("[，。]", r["text"])[:-3])
        else:
            (r,) = own
            assert digits_of(r["text"]) == number, truth
        if form in ("three_sixes", "four_then_run"):
            sizes = [len(digits_of(g)) for g in own[0]["text"].rstrip("。").split("，")]
            assert sizes == own[0]["sizes"] == ([6, 6, 6] if form == "three_sixes" else [4, len(number) - 4])
        if form == "intl_prefix":
            assert own[0]["intl_prefix"] == "0086"
            text = truth["turns"][2]["text"]
            assert "零零八六" in text and text.index("零零八六") < text.index(own[0]["text"])
            assert "零零八六" not in own[0]["text"]
        if form == "work_front_desk":
            assert own[0]["work"] and "前台" in truth["turns"][2]["text"]
        if form == "agent_counts_after":
            assert truth["turns"][3]["role"] == "agent" and pii_blind9._cn(len(number)) + "位" in truth["turns"][3]["text"]
            assert not truth["turns"][3]["readings"]
        if form == "yawn_between":
            assert 0 <= own[0]["yawn_after"] < len(own[0]["text"].split("，")) - 1
            assert "哈" not in own[0]["text"]
        assert truth["other_numbers"] == []
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
    for truth in calls(tmp_path, 128, 28) + calls(tmp_path, 6, 28):
        n, form, kind = truth["number"], truth["form"], truth["kind"]
        assert_valid(kind, n)
        seen.add(form)
        turns = "".join(t["text"] for t in truth["turns"])
        shows = {"tens_tail": ("十",), "train_rumble": ("高铁", "动车"), "hair_dryer": ("吹头发",),
                 "yawn_between": ("困", "睡醒"), "still_there": ("还在吗", "能听到吗"),
                 "agent_counts_after": ("数",), "intl_prefix": ("零零八六",), "work_front_desk": ("前台",),
                 "three_sixes": ("",), "four_then_run": ("",)}
        assert any(word in turns for word in shows[form])
        assert truth["names"] == [] and truth["forms"] == "blind28"
        if form == "tens_tail":
            assert B.tens_ok(kind, n)
    assert seen == {f for fs in B.FORMS.values() for f in fs}


def test_pairs_are_said_as_values():
    for k in range(10, 100):
        assert value_of(B.pair_value(str(k))) == str(k)
    assert B.pair_value("85") == "八十五" and B.pair_value("12") == "十二" and B.pair_value("20") == "二十"


def test_sounds_are_finite_and_sound_like_what_they_name():
    rng = np.random.default_rng(1)
    n = int(4 * G.SR)
    for make in (B.train, B.hairdryer):
        clip = make(n, 0.05, rng)
        assert len(clip) == n and np.all(np.isfinite(clip)) and np.abs(clip).max() > 0.02
    freqs = np.fft.rfftfreq(n, 1 / G.SR)
    share = lambda clip, lo, hi: (np.abs(np.fft.rfft(clip)) ** 2)[(freqs >= lo) & (freqs < hi)].sum() / (  # noqa: E731
        np.abs(np.fft.rfft(clip)) ** 2).sum()
    assert share(B.train(n, 0.05, rng), 0, 400) > 0.8  # the carriage's rumble
    dryer = B.hairdryer(n, 0.05, rng)
    assert share(dryer, 150, 3200) > 0.8
    spectrum = np.abs(np.fft.rfft(dryer)) ** 2
    assert spectrum[(freqs >= 170) & (freqs < 270)].max() > 20 * np.median(spectrum[(freqs >= 300) & (freqs < 3000)])


def test_readings_and_negatives_lie_inside_the_call_and_apart(tmp_path):
    for truth in calls(tmp_path, 129, 12, negatives=True) + calls(tmp_path, 128, 28):
        stem = tmp_path / f"9001_20261127-280000_{truth['call_id']}"
        assert_inside_and_apart(stem, truth)
    negatives = calls(tmp_path, 129, 12, negatives=True)
    assert {t["kind"] for t in negatives} == {"none"}
    assert all(not t["readings"] and len(t["negatives"]) == 4 and not t["other_numbers"] and not t["background"]
               and not t["lookalikes"] for t in negatives)



def test_negative_lines_read_no_personal_number(tmp_path):
    lines = [n["text"] for t in calls(tmp_path, 129, 40, negatives=True) for n in t["negatives"]]
    lines += [n["text"] for t in calls(tmp_path, 128, 44) for n in t["negatives"]]
    assert len(set(lines)) > 15
    assert all(lookalike_free_line(line, DIGIT28, "洞拐勾") for line in lines)
    assert any("网点编号" in line for line in lines) and any("邮编" in line for line in lines)
    assert any("型号" in line for line in lines) and any("车位" in line for line in lines)
    assert any("公里" in line for line in lines) and any("排" in line for line in lines)
