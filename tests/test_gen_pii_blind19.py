"""tools/gen_calls/pii_calls.py --forms blind19: the nineteenth blind set of numbers read aloud.

As for blind7, blind9, blind17 and blind18, a stand-in voice speaks: under test is the truth the
benchmark relies on (each reading's text and seconds, the number it spells, the negatives), and
that the forms are new.
"""

from __future__ import annotations

import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

import numpy as np
import pytest
from stdnum import luhn
from stdnum.cn import ric

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools" / "gen_calls"))

import generate as G  # noqa: E402
import pii_blind7  # noqa: E402
import pii_blind9  # noqa: E402
import pii_blind17  # noqa: E402
import pii_blind18  # noqa: E402
import pii_blind19 as B  # noqa: E402
import pii_calls  # noqa: E402
from test_gen_pii_blind7 import DIGIT_OF, assert_laid_out, assert_valid, stand_in_calls  # noqa: E402

WIDE_FORMS = {"grouped", "ungrouped", "filler", "two_turns", "read_back"}
DIGIT19 = dict(DIGIT_OF, 勾="9")


def digits_of(text: str) -> str:
    """The digits a reading spells, digit by digit (勾 is 9)."""
    return "".join(DIGIT19[c] for c in text if c in DIGIT19)


def calls(tmp_path: Path, seed: int, n: int, negatives: bool = False) -> list[dict]:
    return stand_in_calls(B.make_blind19_call, B.kinds_and_forms, "20261126-230000", tmp_path, seed, n, negatives)


def test_blind19_is_registered_beside_the_earlier_writers():
    assert pii_calls.blind_family("blind19") == (B.kinds_and_forms, B.make_blind19_call)
    assert pii_calls.blind_family("blind18") == (pii_blind18.kinds_and_forms, pii_blind18.make_blind18_call)


def test_forms_carriers_and_negatives_are_new_to_wide_and_every_earlier_blind_writer():
    forms = lambda table: {f for fs in table.values() for f in fs}  # noqa: E731
    old = (forms(pii_blind7.FORMS) | forms(pii_blind9.FORMS) | forms(pii_blind17.FORMS) | forms(pii_blind18.FORMS)
           | WIDE_FORMS)
    assert not forms(B.FORMS) & old
    lines = lambda table: {c for cs in table.values() for c in cs}  # noqa: E731
    old_carriers = (lines(pii_blind7.CARRIER7) | lines(pii_blind9.CARRIER9) | lines(pii_blind17.CARRIER17)
                    | lines(pii_blind18.CARRIER18) | lines(pii_calls.CARRIERS))
    assert not lines(B.CARRIER19) & old_carriers
    old_negatives = (lines(pii_blind7.NEGATIVE7) | lines(pii_blind9.NEGATIVE9) | lines(pii_blind17.NEGATIVE17)
                     | lines(pii_blind18.NEGATIVE18) | lines(pii_calls.NEGATIVE_LINES))
    assert not lines(B.NEGATIVE19) & old_negatives


def test_every_kind_and_form_is_read_before_any_is_read_twice():
    plan = B.kinds_and_forms(random.Random(38), 44)
    pairs = Counter(plan)
    assert len(pairs) == len(set(plan[:32])) == 32  # 7 shared forms x 4 kinds + 4 kinds' own
    assert max(pairs.values()) - min(pairs.values()) <= 1
    assert {form for _, form in plan} == {f for fs in B.FORMS.values() for f in fs}


def own_readings(truth: dict) -> list[dict]:
    """The customer's readings of her own number once through (not a repeat, a relative's, a broken
    or a rechecking pass)."""
    return [r for r in truth["readings"] if r["role"] == "customer" and not r.get("partial") and "other" not in r
            and not r.get("broken") and not r.get("recheck")]


@pytest.mark.parametrize("seed", [38, 41])
def test_the_readings_spell_the_number_and_each_lies_in_its_turn(tmp_path, seed):
    for truth in calls(tmp_path, seed, 32):
        number, form, kind = truth["number"], truth["form"], truth["kind"]
        readings = truth["readings"]
        customer = [r for r in readings if r["role"] == "customer"]
        agent = [r for r in readings if r["role"] == "agent"]
        own = own_readings(truth)
        if form == "birth_first":  # the birth date first, as a date, then the region and the last four
            date, region, tail = own
            assert date.get("birth_first") and readings.index(date) < readings.index(region)
            birth = number[6:14]
            year, rest = date["text"].split("年")
            assert digits_of(year) == birth[:4]
            assert rest == f"{B._cn(int(birth[4:6]))}月{B._cn(int(birth[6:]))}号"
            assert digits_of(region["text"]) + digits_of(tail["text"]) == number[:6] + number[14:]
        elif form == "same_but_tail":  # the spouse's number, the caller's last four, the agent's read-back
            assert own == []
            (spouse,) = [r for r in customer if "other" in r]
            (tail,) = [r for r in customer if r.get("partial")]
            assert digits_of(spouse["text"]) == spouse["other"] != number and spouse["other"][:7] == number[:7]
            assert digits_of(tail["text"]) == number[-4:]
            (back,) = agent
            assert digits_of(back["text"]) == number
        else:
            assert "".join(digits_of(r["text"]) for r in own) == number, truth
        if form == "customer_checks":  # the agent's read-back, then the customer's second pass
            (back,) = agent
            assert digits_of(back["text"]) == number
            checks = [r for r in customer if r.get("recheck")]
            assert len(checks) >= 3 and "".join(digits_of(r["text"]) for r in checks) == number
        elif form != "same_but_tail":
            assert not agent, truth
        if form == "breaking_up":
            (broken,) = [r for r in customer if r.get("broken")]
            assert digits_of(broken["text"]) == number and readings.index(broken) == 0
        else:
            assert not any(r.get("broken") for r in readings)
        if form in ("same_but_tail", "two_then_which"):
            (other,) = [r for r in customer if "other" in r]
            assert truth["other_numbers"] == [other["other"]] and re.fullmatch(r"1[3-9]\d{9}", other["other"])
            assert digits_of(other["text"]) == other["other"]
        else:
            assert truth["other_numbers"] == [] and not any("other" in r for r in readings)
        if form == "two_then_which":  # the mobile, then the landline, and which is which only after both
            turn = next(t for t in truth["turns"] if t["readings"])
            assert turn["text"].index("手机") > turn["text"].index(turn["readings"][1])
        if form == "gou_nine":
            assert own[0]["text"].count("勾") == number.count("9") >= 2 and "九" not in own[0]["text"]
        if form == "gap_in_group":
            (r,) = own
            assert "……" in r["text"] and 1.3 <= r["gap_inside"] <= 2.4
            head, tail = r["text"].split("……")
            assert not head.endswith("，") and not tail.startswith("，")  # inside a group
            assert G.n_chars(head) >= 3 and G.n_chars(tail) >= 3
        if form == "talks_over_agent":
            (r,) = own
            assert 0.5 <= r["overlap_s"] <= 1.1
            ask = truth["turns"][1]
            assert ask["role"] == "agent" and ask["text"].startswith(pii_calls.ASK[kind])
        if form == "member_no_first":
            member = [n for n in truth["negatives"] if n["role"] == "customer" and "会员号" in n["text"]]
            assert member and member[0]["span_s"][1] <= own[0]["span_s"][0]
        if form == "passbook_branch":
            (look,) = truth["lookalikes"]
            assert look["what"] == "网点号" and look["span_s"][1] <= own[0]["span_s"][0]
            assert not B.personal(digits_of(look["text"]))
        else:
            assert truth["lookalikes"] == []
        if form == "street_wind":
            assert own[0].get("noisy")
        assert_laid_out(truth)


def test_numbers_are_valid_of_their_kind_and_forms_show_what_they_name(tmp_path):
    for truth in calls(tmp_path, 38, 32) + calls(tmp_path, 6, 32):
        n, form, kind = truth["number"], truth["form"], truth["kind"]
        assert_valid(kind, n)
        for other in truth["other_numbers"]:
            assert re.fullmatch(r"1[3-9]\d{9}", other)
        turns = "".join(t["text"] for t in truth["turns"])
        if form == "street_wind":
            assert "风" in turns or "吵" in turns
        if form == "breaking_up":
            assert "信号" in turns or "卡" in turns
        if form == "passbook_branch":
            assert "存折" in turns
        assert truth["names"] == [] and truth["forms"] == "blind19"


def test_street_noise_is_under_the_customer_only_and_the_dropouts_are_silent():
    class Flat:
        def phrase(self, text, voice, speed):
            return 0.3 * np.ones(int(G.n_chars(text) / 4.0 / speed * G.SR))

    call = B.Call19(Flat(), random.Random(3))
    call.say_turn("agent", [("请您说一下。", False)])
    start = call.tl.t
    call.say_turn("customer", [("六二八零，九八幺三。", True)])
    call.street.append((start, call.tl.t, 7, 8.0))
    audio = call.audio()
    left, right = audio[:, 0], audio[:, 1]
    a, b = int((start - 0.3) * G.SR), int(call.tl.t * G.SR)
    assert np.std(right[a:int(start * G.SR)]) > 0  # noise before her first words
    assert np.all(left[int(start * G.SR):b] == 0)  # none on the agent's channel
    assert np.all(right[:int(0.5 * G.SR)] == 0)

    call = B.Call19(Flat(), random.Random(4))
    call.drops = 4
    clip = call.engine.phrase("六二八零，九八幺三，三六一一。", "v", 0.8)
    assert (clip == 0).sum() >= int(0.12 * G.SR)


def test_readings_and_negatives_lie_inside_the_call_and_apart(tmp_path):
    for truth in calls(tmp_path, 39, 12, negatives=True) + calls(tmp_path, 38, 32):
        written = json.loads((tmp_path / f"9001_20261126-230000_{truth['call_id']}.truth.json").read_text())
        assert written == json.loads(json.dumps(truth))
        spans = sorted([tuple(r["span_s"]) for r in truth["readings"]]
                       + [tuple(n["span_s"]) for n in truth["negatives"]])
        assert all(a < b for a, b in spans)
        assert all(b1 <= a2 for (_, b1), (a2, _) in zip(spans, spans[1:]))
    negatives = calls(tmp_path, 39, 12, negatives=True)
    assert {t["kind"] for t in negatives} == {"none"}
    assert all(not t["readings"] and len(t["negatives"]) == 4 and not t["other_numbers"] for t in negatives)


def test_negative_lines_read_no_personal_number(tmp_path):
    lines = [n["text"] for t in calls(tmp_path, 39, 40, negatives=True) for n in t["negatives"]]
    lines += [n["text"] for t in calls(tmp_path, 38, 44) for n in t["negatives"]]
    assert len(set(lines)) > 15
    for line in lines:
        for run in re.findall("[〇零一二三四五六七八九幺两勾]{7,}", line):
            digits = "".join(DIGIT19[c] for c in run)
            assert B.lookalike_free(digits)
            assert not (len(digits) == 18 and ric.is_valid(digits))
            assert not re.search(r"1[3-9]\d{9}", digits)
            assert not re.fullmatch(r"0\d{9,11}", digits)
            assert not (16 <= len(digits) <= 19 and luhn.is_valid(digits))
