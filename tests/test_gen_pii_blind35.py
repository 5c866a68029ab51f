"""tools/gen_calls/pii_calls.py --forms blind35: the thirty-fifth blind set of numbers read aloud.

As for blind7, blind9 and blind17 to blind34, a stand-in voice speaks: under test is the truth the
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
import pii_blind34  # noqa: E402
import pii_blind35 as B  # noqa: E402
import pii_calls  # noqa: E402
from test_gen_pii_blind7 import (  # noqa: E402
    assert_inside_and_apart, assert_laid_out, assert_new_to_earlier_writers, assert_runs_on, assert_valid,
    digit_chars as digits_of, lookalike_free_line, StandInVoice, stand_in_calls)

WIDE_FORMS = {"grouped", "ungrouped", "filler", "two_turns", "read_back"}
OWN = ("two_then_threes", "local_threes", "region_then_fours", "four_middle_four")


def calls(tmp_path: Path, seed: int, n: int, negatives: bool = False) -> list[dict]:
    return stand_in_calls(B.make_blind35_call, B.kinds_and_forms, "20261128-350000", tmp_path, seed, n, negatives)


def test_blind35_is_registered_beside_the_earlier_writers():
    assert pii_calls.blind_family("blind35") == (B.kinds_and_forms, B.make_blind35_call)
    assert pii_calls.blind_family("blind34") == (pii_blind34.kinds_and_forms, pii_blind34.make_blind34_call)


def test_forms_carriers_and_negatives_are_new_to_wide_and_every_earlier_blind_writer():
    assert_new_to_earlier_writers(B, "35", WIDE_FORMS)
    assert len(B.NEGATIVE35["agent"]) == len(B.NEGATIVE35["customer"]) == 9


def test_every_kind_and_form_is_read_before_any_is_read_twice():
    plan = B.kinds_and_forms(random.Random(198), 44)
    pairs = Counter(plan)
    assert len(pairs) == len(set(plan[:20])) == 20  # 4 shared forms x 4 kinds + 4 kinds' own
    assert max(pairs.values()) - min(pairs.values()) <= 1
    assert {form for _, form in plan} == {f for fs in B.FORMS.values() for f in fs}


@pytest.mark.parametrize("seed", [198, 201])
def test_the_readings_spell_the_number_and_each_lie_in_its_turn(tmp_path, seed):
    for truth in calls(tmp_path, seed, 20):
        number, form = truth["number"], truth["form"]
        readings = truth["readings"]
        turns = truth["turns"]
        if form == "agent_echoes_groups":
            hers = [r for r in readings if r["role"] == "customer"]
            echoes = [r for r in readings if r["role"] == "agent"]
            assert len(hers) == len(echoes) >= 2 and len(readings) == 2 * len(hers)
            assert_runs_on(hers, number)
            assert all(e["echo"] for e in echoes) and not any("echo" in r for r in hers)
            # the agent says each group back after she has said it
            for mine, echo in zip(readings[::2], readings[1::2]):
                assert mine["role"] == "customer" and echo["role"] == "agent"
                assert digits_of(mine["text"]) == digits_of(echo["text"])
                assert mine.get("continued_from") == echo.get("continued_from")
                assert mine.get("head") == echo.get("head")
                assert mine["span_s"][1] < echo["span_s"][0]
            assert [t["role"] for t in turns[2:2 + len(readings)]] == ["customer", "agent"] * len(hers)
            assert all(t["text"][len(t["readings"][0]):] in B.AGENT_OK for t in turns[3:2 + len(readings):2])
        else:
            assert all(r["role"] == "customer" for r in readings)
        if form == "goes_to_look":
            (r,) = readings
            assert digits_of(r["text"]) == number and 2.5 <= r["after_wait"] <= 4.5
            assert turns[2]["role"] == "customer" and not turns[2]["readings"]
            assert any(turns[2]["text"] == lead for lead in B.LOOK_LEAD)
            assert "找" in turns[3]["text"] or "拿到" in turns[3]["text"]
        elif form == "dots_said":
            (r,) = readings
            assert r["dots"] and digits_of(r["text"]) == number
            parts = r["text"].rstrip("。").split(B.DOT)
            assert len(parts) >= 3 and "，" not in r["text"]
            assert [len(digits_of(p)) for p in parts] == [len(g) for g in B.raw_groups(truth["kind"], number)]
        elif form == "asks_if_too_fast":
            assert_runs_on(readings, number)
            head, rest = readings
            assert [t["role"] for t in turns[2:5]] == ["customer", "agent", "customer"]
            assert any(turns[2]["text"].endswith(q) for q in B.TOO_FAST) and turns[3]["text"] in B.AGENT_GO and not turns[3]["readings"]
            assert head["span_s"][1] < rest["span_s"][0]
        elif form in OWN:
            (r,) = readings
            assert digits_of(r["text"]) == number, truth
            sizes = [len(digits_of(g)) for g in r["text"].rstrip("。").split("，")]
            assert sizes == r["sizes"] == list(B.own_sizes(truth["kind"], form, number)) and sum(sizes) == len(number)
        else:
            assert form == "agent_echoes_groups"
        assert truth["background"] == [] and set(truth["voices"]) == {"agent", "customer"}
        assert not any("speaker" in r for r in readings)
        assert truth["other_numbers"] == [] and truth["lookalikes"] == []
        assert_laid_out(truth)


def test_numbers_are_valid_of_their_kind_and_forms_show_what_they_name(tmp_path):
    seen = set()
    for truth in calls(tmp_path, 198, 20) + calls(tmp_path, 6, 20):
        n, form, kind = truth["number"], truth["form"], truth["kind"]
        assert_valid(kind, n)
        seen.add(form)
        turns = "".join(t["text"] for t in truth["turns"])
        shows = {"agent_echoes_groups": ("好", "嗯", "记下"), "goes_to_look": ("等",), "dots_said": ("点",),
                 "asks_if_too_fast": ("快", "记得过来"), "two_then_threes": ("",), "local_threes": ("",),
                 "region_then_fours": ("",), "four_middle_four": ("",)}
        assert any(word in turns for word in shows[form])
        assert truth["names"] == [] and truth["forms"] == "blind35"
    assert seen == {f for fs in B.FORMS.values() for f in fs}


def test_own_sizes_cover_every_length():
    for n in ("01012345678", "02112345678", "05711234567", "057112345678", "0731123456"):
        sizes = B.own_sizes("landline", "local_threes", n)
        area = 3 if n[:2] in ("01", "02") else 4
        assert sum(sizes) == len(n) and sizes[0] == area and set(sizes[1:-1]) <= {3} and 2 <= sizes[-1] <= 4
    assert B.own_sizes("mobile", "two_then_threes", "1" * 11) == (2, 3, 3, 3)
    assert B.own_sizes("id_card", "region_then_fours", "1" * 18) == (6, 4, 4, 4)
    for n in range(16, 20):
        sizes = B.own_sizes("bank_card", "four_middle_four", "1" * n)
        assert sum(sizes) == n and sizes[0] == sizes[2] == 4 and 8 <= sizes[1] <= 11


def test_nothing_is_said_while_she_is_away():
    """Between her asking to wait and her coming back, both channels are silent for the wait."""
    for seed in range(4):
        rng = random.Random(seed)
        call = B.Call35(StandInVoice(), rng)
        B.read_number(call, "mobile", pii_calls.make_number("mobile", rng), "goes_to_look", [])
        (r,) = call.readings
        right, left = np.concatenate(call.tl.right), np.concatenate(call.tl.left)
        start = int(r["span_s"][0] * G.SR)
        quiet = 0
        for k in range(start - 1, -1, -1):  # the longest silence before her reading, on both channels
            if abs(right[k]) > 1e-6 or (k < len(left) and abs(left[k]) > 1e-6):
                if quiet >= r["after_wait"] * G.SR:
                    break
                quiet = 0
            else:
                quiet += 1
        assert quiet >= r["after_wait"] * G.SR


def test_readings_and_negatives_lie_inside_the_call_and_apart(tmp_path):
    for truth in calls(tmp_path, 199, 12, negatives=True) + calls(tmp_path, 198, 20):
        stem = tmp_path / f"9001_20261128-350000_{truth['call_id']}"
        assert_inside_and_apart(stem, truth)
    negatives = calls(tmp_path, 199, 12, negatives=True)
    assert {t["kind"] for t in negatives} == {"none"}
    assert all(not t["readings"] and len(t["negatives"]) == 4 and not t["other_numbers"] and not t["background"]
               and not t["lookalikes"] for t in negatives)


def test_negative_lines_read_no_personal_number(tmp_path):
    lines = [n["text"] for t in calls(tmp_path, 199, 40, negatives=True) for n in t["negatives"]]
    lines += [n["text"] for t in calls(tmp_path, 198, 44) for n in t["negatives"]]
    assert len(set(lines)) > 15
    assert all(lookalike_free_line(line) for line in lines)
    assert any("专家号" in line for line in lines) and any("参赛号" in line for line in lines)
    assert any("课程编号" in line for line in lines) and any("股票" in line for line in lines)
    assert any("饺子" in line for line in lines) and any("电梯" in line for line in lines)
