"""tools/gen_calls/pii_calls.py --forms blind27: the twenty-seventh blind set of numbers read aloud.

As for blind7, blind9 and blind17 to blind26, a stand-in voice speaks: under test is the truth the
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
import pii_blind21  # noqa: E402
import pii_blind26  # noqa: E402
import pii_blind27 as B  # noqa: E402
import pii_calls  # noqa: E402
from test_gen_pii_blind7 import (  # noqa: E402
    DIGIT_OF, assert_inside_and_apart, assert_laid_out, assert_new_to_earlier_writers, assert_valid,
    lookalike_free_line, stand_in_calls)

DIGIT27 = dict(DIGIT_OF, 勾="9")
WIDE_FORMS = {"grouped", "ungrouped", "filler", "two_turns", "read_back"}
SPECIAL = ("partial", "swapped", "tail", "head", "area_code", "rest_of", "other", "continued_from", "stutter",
           "local", "muttered")
UNDER = {"mahjong_table": "mahjong", "firecrackers": "firecrackers", "wok_sizzle": "wok"}


def digits_of(text: str) -> str:
    return "".join(DIGIT27[c] for c in text if c in DIGIT27)


def calls(tmp_path: Path, seed: int, n: int, negatives: bool = False) -> list[dict]:
    return stand_in_calls(B.make_blind27_call, B.kinds_and_forms, "20261127-270000", tmp_path, seed, n, negatives)


def test_blind27_is_registered_beside_the_earlier_writers():
    assert pii_calls.blind_family("blind27") == (B.kinds_and_forms, B.make_blind27_call)
    assert pii_calls.blind_family("blind26") == (pii_blind26.kinds_and_forms, pii_blind26.make_blind26_call)


def test_forms_carriers_and_negatives_are_new_to_wide_and_every_earlier_blind_writer():
    assert_new_to_earlier_writers(B, "27", WIDE_FORMS)
    assert len(B.NEGATIVE27["agent"]) == len(B.NEGATIVE27["customer"]) == 9


def test_every_kind_and_form_is_read_before_any_is_read_twice():
    plan = B.kinds_and_forms(random.Random(118), 44)
    pairs = Counter(plan)
    assert len(pairs) == len(set(plan[:28])) == 28  # 6 shared forms x 4 kinds + 4 kinds' own
    assert max(pairs.values()) - min(pairs.values()) <= 1
    assert {form for _, form in plan} == {f for fs in B.FORMS.values() for f in fs}


def own_readings(truth: dict) -> list[dict]:
    """The customer's readings of her own number once through, in order (not a part)."""
    return [r for r in truth["readings"] if r["role"] == "customer" and not any(k in r for k in SPECIAL)]


@pytest.mark.parametrize("seed", [118, 121])
def test_the_readings_spell_the_number_and_each_lie_in_its_turn(tmp_path, seed):
    for truth in calls(tmp_path, seed, 28):
        number, form = truth["number"], truth["form"]
        readings = truth["readings"]
        own = own_readings(truth)
        assert all(r["role"] == "customer" for r in readings)
        if form in ("asks_if_recorded", "named_thirds", "groups_counted"):
            assert not own
            assert readings[0]["head"] and all(r["continued_from"] == len(digits_of("".join(
                x["text"] for x in readings[:k]))) for k, r in enumerate(readings) if k)
            assert "".join(digits_of(r["text"]) for r in readings) == number
            if form == "asks_if_recorded":
                assert len(readings) == 2 and readings[1]["span_s"][0] > readings[0]["span_s"][1] + 2.0
                assert [t["role"] for t in truth["turns"]][2:5] == ["customer", "agent", "customer"]
                assert "录音" in truth["turns"][2]["text"] and "录音" in truth["turns"][3]["text"]
            if form == "named_thirds":
                assert [len(digits_of(r["text"])) for r in readings] == [3, 4, 4]
            if form == "groups_counted":
                assert [len(digits_of(r["text"])) for r in readings] == list(pii_blind21.fours(len(number)))
                assert "第一组" in truth["turns"][2]["text"]
                assert f"第{'二三四五'[len(readings) - 2]}组" in truth["turns"][2]["text"]
        elif form == "home_and_work":
            (r,) = own
            (work,) = [x for x in readings if "other" in x]
            assert digits_of(r["text"]) == number and digits_of(work["text"]) == work["other"] != number
            assert truth["other_numbers"] == [work["other"]]
            assert_valid("landline", work["other"])
            assert len(truth["turns"][2]["readings"]) == 2  # one breath: one turn
        elif form == "mutters_first":
            quiet, loud = readings
            assert quiet["muttered"] and 13 <= quiet["db_down"] <= 19 and digits_of(quiet["text"]) == number
            assert own == [loud] and digits_of(loud["text"]) == number
            assert quiet["span_s"][1] < loud["span_s"][0]
        else:
            (r,) = own
            assert digits_of(r["text"]) == number, truth
        if form != "home_and_work":
            assert truth["other_numbers"] == []
        if form == "radio_words_partly":
            text = own[0]["text"]
            radio = sum(text.count(c) for c in "洞拐勾")
            plain = sum(text.count(c) for c in "零七九")
            assert radio == own[0]["radio_words"] >= 1 and plain >= 1
            assert radio + plain == sum(number.count(c) for c in "079")
        if form == "region_named":
            place = own[0]["place"]
            assert place and place in truth["turns"][2]["text"] and not set(place) & set(DIGIT27)
            assert truth["turns"][2]["text"].index(place) < truth["turns"][2]["text"].index(own[0]["text"])
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
    for truth in calls(tmp_path, 118, 28) + calls(tmp_path, 6, 28):
        n, form, kind = truth["number"], truth["form"], truth["kind"]
        assert_valid(kind, n)
        seen.add(form)
        turns = "".join(t["text"] for t in truth["turns"])
        shows = {"asks_if_recorded": ("录音",), "mahjong_table": ("麻将", "洗牌"), "firecrackers": ("鞭炮",),
                 "wok_sizzle": ("炒",), "radio_words_partly": ("洞", "拐", "勾"), "mutters_first": ("我先",),
                 "named_thirds": ("中间四位",), "home_and_work": ("单位", "上班"), "region_named": ("户口", "那边的"),
                 "groups_counted": ("第一组",)}
        assert any(word in turns for word in shows[form])
        assert truth["names"] == [] and truth["forms"] == "blind27"
        if form == "radio_words_partly":
            assert sum(c in "079" for c in n) >= 3
        if form == "region_named":
            assert B.place_of(n)
    assert seen == {f for fs in B.FORMS.values() for f in fs}


def test_radio_words_are_partly_used_over_the_whole_number():
    rng = random.Random(5)
    for _ in range(200):
        raw = ["1397", "0700", "9090"]
        said, m = B.said_partly_radio(raw, rng)
        text = "".join(said)
        assert [len(s) for s in said] == [4, 4, 4] and digits_of(text) == "".join(raw)
        assert 1 <= m == sum(text.count(c) for c in "洞拐勾") < sum(c in "079" for c in "".join(raw))


def test_sounds_are_finite_and_sound_like_what_they_name():
    rng = np.random.default_rng(1)
    n = int(4 * G.SR)
    for make in (B.mahjong, B.firecrackers, B.wok):
        clip = make(n, 0.05, rng)
        assert len(clip) == n and np.all(np.isfinite(clip)) and np.abs(clip).max() > 0.02
    freqs = np.fft.rfftfreq(n, 1 / G.SR)
    share = lambda clip, lo, hi: (np.abs(np.fft.rfft(clip)) ** 2)[(freqs >= lo) & (freqs < hi)].sum() / (  # noqa: E731
        np.abs(np.fft.rfft(clip)) ** 2).sum()
    assert share(B.mahjong(n, 0.05, rng), 1500, 3500) > 0.6  # the tiles' ring
    assert share(B.wok(n, 0.05, rng), 1200, 4000) > 0.6  # hiss of the oil
    crackers = B.firecrackers(n, 0.05, rng)
    frames = np.sqrt(np.mean(crackers[:n // 400 * 400].reshape(-1, 400) ** 2, axis=1))
    assert frames.max() > 4 * np.median(frames)  # in bursts, not a steady noise


def test_readings_and_negatives_lie_inside_the_call_and_apart(tmp_path):
    for truth in calls(tmp_path, 119, 12, negatives=True) + calls(tmp_path, 118, 28):
        stem = tmp_path / f"9001_20261127-270000_{truth['call_id']}"
        assert_inside_and_apart(stem, truth)
    negatives = calls(tmp_path, 119, 12, negatives=True)
    assert {t["kind"] for t in negatives} == {"none"}
    assert all(not t["readings"] and len(t["negatives"]) == 4 and not t["other_numbers"] and not t["background"]
               and not t["lookalikes"] for t in negatives)



def test_negative_lines_read_no_personal_number(tmp_path):
    lines = [n["text"] for t in calls(tmp_path, 119, 40, negatives=True) for n in t["negatives"]]
    lines += [n["text"] for t in calls(tmp_path, 118, 44) for n in t["negatives"]]
    assert len(set(lines)) > 15
    assert all(lookalike_free_line(line, DIGIT27, "洞拐勾") for line in lines)
    assert any("寄件码" in line for line in lines) and any("水费户号" in line for line in lines)
    assert any("兑奖码" in line for line in lines) and any("直播间" in line for line in lines)
    assert any("学号" in line for line in lines) and any("号码布" in line for line in lines)
