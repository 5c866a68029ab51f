"""tools/gen_calls/pii_calls.py --forms blind32: the thirty-second blind set of numbers read aloud.

As for blind7, blind9 and blind17 to blind31, a stand-in voice speaks: under test is the truth the
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
import pii_blind31  # noqa: E402
import pii_blind32 as B  # noqa: E402
import pii_calls  # noqa: E402
from test_gen_pii_blind7 import (  # noqa: E402
    DIGIT_OF, assert_inside_and_apart, assert_laid_out, assert_new_to_earlier_writers, assert_valid,
    lookalike_free_line, stand_in_calls)

DIGIT32 = dict(DIGIT_OF, 勾="9")
WIDE_FORMS = {"grouped", "ungrouped", "filler", "two_turns", "read_back"}
OWN = ("across_code", "date_split", "digit_pairs")


def digits_of(text: str) -> str:
    return "".join(DIGIT32[c] for c in text if c in DIGIT32)


def calls(tmp_path: Path, seed: int, n: int, negatives: bool = False) -> list[dict]:
    return stand_in_calls(B.make_blind32_call, B.kinds_and_forms, "20261127-320000", tmp_path, seed, n, negatives)


def test_blind32_is_registered_beside_the_earlier_writers():
    assert pii_calls.blind_family("blind32") == (B.kinds_and_forms, B.make_blind32_call)
    assert pii_calls.blind_family("blind31") == (pii_blind31.kinds_and_forms, pii_blind31.make_blind31_call)


def test_forms_carriers_and_negatives_are_new_to_wide_and_every_earlier_blind_writer():
    assert_new_to_earlier_writers(B, "32", WIDE_FORMS)
    assert len(B.NEGATIVE32["agent"]) == len(B.NEGATIVE32["customer"]) == 9


def test_every_kind_and_form_is_read_before_any_is_read_twice():
    plan = B.kinds_and_forms(random.Random(168), 44)
    pairs = Counter(plan)
    assert len(pairs) == len(set(plan[:20])) == 20  # 4 shared forms x 4 kinds + 4 kinds' own
    assert max(pairs.values()) - min(pairs.values()) <= 1
    assert {form for _, form in plan} == {f for fs in B.FORMS.values() for f in fs}


@pytest.mark.parametrize("seed", [168, 171])
def test_the_readings_spell_the_number_and_each_lie_in_its_turn(tmp_path, seed):
    for truth in calls(tmp_path, seed, 20):
        number, form = truth["number"], truth["form"]
        readings = truth["readings"]
        turns = truth["turns"]
        assert all(r["role"] == "customer" for r in readings)
        if form in ("mouthful_sorry", "dropped_called_back"):
            start, whole = readings
            assert start["partial"] and start["cut_off"] and start["text"].endswith("……")
            assert number.startswith(digits_of(start["text"])) and 3 <= len(digits_of(start["text"])) < len(number)
            assert digits_of(whole["text"]) == number and set(whole) == {"role", "span_s", "text"}
            if form == "mouthful_sorry":
                assert start["mouthful"]
                assert [t["role"] for t in turns[2:4]] == ["customer", "customer"] and "嘴里" in turns[3]["text"]
                assert truth["background"] == []
            else:
                assert [t["role"] for t in turns[2:5]] == ["customer", "agent", "customer"]
                assert "断" in turns[4]["text"] and not turns[3]["readings"]
                (bg,) = truth["background"]
                assert bg["what"] == "busy_tone" and bg["role"] == "customer" and 4 <= bg["db_under"] <= 8
                # the tone sounds after the cut-off start and ends before the agent answers again
                assert start["span_s"][1] <= bg["span_s"][0] and bg["span_s"][1] < whole["span_s"][0]
                assert 1.8 <= bg["span_s"][1] - bg["span_s"][0] <= 2.6 + 1e-3
        elif form in ("counts_along", "faded_guess"):
            assert readings[0]["head"]
            assert "".join(digits_of(r["text"]) for r in readings) == number
            done = 0
            for r in readings:
                assert r.get("continued_from", 0) == done
                done += len(digits_of(r["text"]))
            (turn,) = [t for t in turns if t["readings"]]
            if form == "counts_along":
                assert readings[0]["count_words"] == len(readings) >= 2
                rest = turn["text"]
                for r in readings:
                    before, rest = rest.split(r["text"], 1)
                    if r is not readings[0]:  # the running count said before each later group
                        assert before == B._cn(r["continued_from"]) + "位了，"
                assert rest == B.COUNT_END.format(n=B._cn(len(number)))
            else:
                guessed = [r for r in readings if r.get("guessed")]
                assert len(guessed) == 1 and guessed[0] is not readings[0]
                assert "褪色" in turn["text"] or "淡了" in turn["text"]
                assert "看清楚" in turn["text"] or "灯底下" in turn["text"]
        elif form == "fix_two_later":
            whole, fixed = readings
            wrong = whole["misread"]
            assert digits_of(whole["text"]) == wrong != number and len(wrong) == len(number)
            assert sum(a != b for a, b in zip(wrong, number)) == 1
            assert wrong[3:] == number[3:]  # the slip is in the first group
            assert fixed["partial"] and fixed["fixed_group"] == 0 and digits_of(fixed["text"]) == number[:3]
            between = turns[2]["text"].split(whole["text"])[1].split(fixed["text"])[0]
            assert "错" in between and len(digits_of(between)) <= 1  # words only (一下, 头一组)
            assert turns[3]["role"] == "agent" and not turns[3]["readings"]
        else:
            assert form in OWN
            (r,) = readings
            assert digits_of(r["text"]) == number, truth
            sizes = [len(digits_of(g)) for g in r["text"].rstrip("。").split("，")]
            assert sizes == r["sizes"] == list(B.own_sizes(truth["kind"], form, number)) and sum(sizes) == len(number)
        if form != "dropped_called_back":
            assert truth["background"] == []
        assert truth["other_numbers"] == [] and truth["lookalikes"] == []
        assert "family" not in truth["voices"]
        assert_laid_out(truth)


def test_numbers_are_valid_of_their_kind_and_forms_show_what_they_name(tmp_path):
    seen = set()
    for truth in calls(tmp_path, 168, 20) + calls(tmp_path, 6, 20):
        n, form, kind = truth["number"], truth["form"], truth["kind"]
        assert_valid(kind, n)
        seen.add(form)
        turns = "".join(t["text"] for t in truth["turns"])
        shows = {"mouthful_sorry": ("吃着饭", "嘴里"), "counts_along": ("位了",), "dropped_called_back": ("断",),
                 "faded_guess": ("褪色", "淡了"), "fix_two_later": ("错",), "across_code": ("",),
                 "date_split": ("",), "digit_pairs": ("",)}
        assert any(word in turns for word in shows[form])
        assert truth["names"] == [] and truth["forms"] == "blind32"
    assert seen == {f for fs in B.FORMS.values() for f in fs}


def test_own_sizes_cover_every_length():
    for n in ("01012345678", "02112345678", "05711234567", "057112345678", "0731123456"):
        sizes = B.own_sizes("landline", "across_code", n)
        area = 3 if n[:2] in ("01", "02") else 4
        assert sum(sizes) == len(n) and min(sizes) >= 2 and sizes[0] != area
    assert B.own_sizes("id_card", "date_split", "1" * 18) == (6, 4, 2, 2, 3, 1)
    for n in range(16, 20):
        sizes = B.own_sizes("bank_card", "digit_pairs", "1" * n)
        assert sum(sizes) == n and set(sizes[:-1]) == {2} and sizes[-1] in (2, 3)


def test_the_muffled_start_is_duller_than_the_clear_reading(tmp_path):
    """The mouthful start goes through the low-pass; the reading after it does not."""
    class Noise:
        def phrase(self, text, voice, speed):
            return np.random.default_rng(len(text)).standard_normal(int(G.n_chars(text) / 4.0 / speed * G.SR)) * 0.1

    rng = random.Random(3)
    call = B.Call32(Noise(), rng)
    B.read_number(call, "mobile", pii_calls.make_number("mobile", rng), "mouthful_sorry", [])
    right = np.concatenate(call.tl.right)
    freqs = np.fft.rfftfreq(int(0.5 * G.SR), 1 / G.SR)

    def high_share(span):
        clip = right[int(span[0] * G.SR):int(span[0] * G.SR) + int(0.5 * G.SR)]
        p = np.abs(np.fft.rfft(clip)) ** 2
        return p[freqs > 1500].sum() / p.sum()

    start, whole = call.readings
    assert high_share(start["span_s"]) < 0.05 < 0.3 < high_share(whole["span_s"])
    assert call.muffled == 0.0


def test_busy_tone_is_finite_on_and_off_at_450_hz():
    rng = np.random.default_rng(1)
    n = int(2.1 * G.SR)
    tone = B.busy_tone(n, 0.05, rng)
    assert len(tone) == n and np.all(np.isfinite(tone)) and np.abs(tone).max() > 0.02
    freqs = np.fft.rfftfreq(n, 1 / G.SR)
    p = np.abs(np.fft.rfft(tone)) ** 2
    assert p[(freqs > 420) & (freqs < 480)].sum() / p.sum() > 0.9
    block = int(0.05 * G.SR)
    env = np.abs(tone[: n - n % block]).reshape(-1, block).max(axis=1)
    assert (env < 0.05 * env.max()).sum() >= 6 and (env > 0.5 * env.max()).sum() >= 6  # on and off


def test_readings_and_negatives_lie_inside_the_call_and_apart(tmp_path):
    for truth in calls(tmp_path, 169, 12, negatives=True) + calls(tmp_path, 168, 20):
        stem = tmp_path / f"9001_20261127-320000_{truth['call_id']}"
        assert_inside_and_apart(stem, truth)
    negatives = calls(tmp_path, 169, 12, negatives=True)
    assert {t["kind"] for t in negatives} == {"none"}
    assert all(not t["readings"] and len(t["negatives"]) == 4 and not t["other_numbers"] and not t["background"]
               and not t["lookalikes"] for t in negatives)


def test_negative_lines_read_no_personal_number(tmp_path):
    lines = [n["text"] for t in calls(tmp_path, 169, 40, negatives=True) for n in t["negatives"]]
    lines += [n["text"] for t in calls(tmp_path, 168, 44) for n in t["negatives"]]
    assert len(set(lines)) > 15
    assert all(lookalike_free_line(line, DIGIT32, "洞拐勾") for line in lines)
    assert any("批号" in line for line in lines) and any("脱水" in line for line in lines)
    assert any("房贷" in line for line in lines) and any("柜号" in line for line in lines)
    assert any("年级" in line for line in lines) and any("粽子" in line for line in lines)
