"""tools/gen_calls/pii_calls.py --forms blind18: the eighteenth blind set of numbers read aloud.

As for blind7, blind9 and blind17, a stand-in voice speaks: under test is the truth the benchmark
relies on (each reading's text and seconds, the number it spells, the negatives), and that the
forms are new.
"""

from __future__ import annotations

import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

import pytest
from stdnum import luhn
from stdnum.cn import ric

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools" / "gen_calls"))

import generate as G  # noqa: E402
import pii_blind7  # noqa: E402
import pii_blind9  # noqa: E402
import pii_blind17  # noqa: E402
import pii_blind18 as B  # noqa: E402
import pii_calls  # noqa: E402
from test_gen_pii_blind7 import DIGIT_OF, assert_laid_out, assert_valid, stand_in_calls  # noqa: E402

WIDE_FORMS = {"grouped", "ungrouped", "filler", "two_turns", "read_back"}
VALUE = re.compile("[一二两三四五六七八九]?百|[一二三四五六七八九]?十")


def value_of(group: str) -> str:
    """A group said as a value (八十八, 三百零五, 两百一十, 十二) back to its digits."""
    n = 0
    if "百" in group:
        head, group = group.split("百")
        n += 100 * int(DIGIT_OF[head])
        group = group.lstrip("零")
    if "十" in group:
        tens, group = group.split("十")
        n += 10 * (int(DIGIT_OF[tens]) if tens else 1)
    if group:
        n += int(DIGIT_OF[group])
    return str(n)


def digits_of(text: str) -> str:
    """The digits a reading spells: groups with 十 or 百 are values, the rest digit by digit."""
    out = ""
    for group in re.split("[，。、]", text):
        if VALUE.search(group):
            out += value_of(group)
        else:
            out += "".join(DIGIT_OF[c] for c in group if c in DIGIT_OF)
    return out


def calls(tmp_path: Path, seed: int, n: int, negatives: bool = False) -> list[dict]:
    return stand_in_calls(B.make_blind18_call, B.kinds_and_forms, "20261126-230000", tmp_path, seed, n, negatives)


def test_values_are_said_and_read_back():
    for n in range(10, 1000):
        assert value_of(B.value(str(n))) == str(n)
    assert B.value("305") == "三百零五" and B.value("210") == "两百一十" and B.value("88") == "八十八"
    assert B.value("12") == "十二" and B.value("900") == "九百"


def test_blind18_is_registered_beside_the_earlier_writers():
    assert pii_calls.blind_family("blind18") == (B.kinds_and_forms, B.make_blind18_call)
    assert pii_calls.blind_family("blind17") == (pii_blind17.kinds_and_forms, pii_blind17.make_blind17_call)


def test_forms_carriers_and_negatives_are_new_to_wide_blind7_blind9_and_blind17():
    forms = lambda table: {f for fs in table.values() for f in fs}  # noqa: E731
    old = forms(pii_blind7.FORMS) | forms(pii_blind9.FORMS) | forms(pii_blind17.FORMS) | WIDE_FORMS
    assert not forms(B.FORMS) & old
    lines = lambda table: {c for cs in table.values() for c in cs}  # noqa: E731
    old_carriers = (lines(pii_blind7.CARRIER7) | lines(pii_blind9.CARRIER9) | lines(pii_blind17.CARRIER17)
                    | lines(pii_calls.CARRIERS))
    assert not lines(B.CARRIER18) & old_carriers
    old_negatives = (lines(pii_blind7.NEGATIVE7) | lines(pii_blind9.NEGATIVE9) | lines(pii_blind17.NEGATIVE17)
                     | lines(pii_calls.NEGATIVE_LINES))
    assert not lines(B.NEGATIVE18) & old_negatives


def test_every_kind_and_form_is_read_before_any_is_read_twice():
    plan = B.kinds_and_forms(random.Random(28), 44)
    pairs = Counter(plan)
    assert len(pairs) == len(set(plan[:32])) == 32  # 7 shared forms x 4 kinds + 4 kinds' own
    assert max(pairs.values()) - min(pairs.values()) <= 1
    assert {form for _, form in plan} == {f for fs in B.FORMS.values() for f in fs}


@pytest.mark.parametrize("seed", [28, 41])
def test_the_readings_spell_the_number_and_each_lies_in_its_turn(tmp_path, seed):
    for truth in calls(tmp_path, seed, 32):
        number, form = truth["number"], truth["form"]
        readings = truth["readings"]
        customer = [r for r in readings if r["role"] == "customer"]
        agent = [r for r in readings if r["role"] == "agent"]
        own = [r for r in customer if not r.get("partial") and "other" not in r]
        if form == "birthday_short":  # region, the birth date the short way, the last four
            region, date, tail = own
            assert date.get("birth_short") and digits_of(region["text"]) + digits_of(tail["text"]) == \
                number[:6] + number[14:], truth
            birth = number[6:14]
            year, rest = date["text"].split("年")
            assert digits_of(year) == birth[2:4] and rest == f"{B._cn(int(birth[4:6]))}月{B._cn(int(birth[6:]))}号"
        elif form == "lost_place":  # half, then the whole again
            (whole,) = own
            (head,) = [r for r in customer if r.get("partial")]
            assert digits_of(whole["text"]) == number and number.startswith(digits_of(head["text"]))
            assert 3 <= len(digits_of(head["text"])) < len(number)
        else:
            assert "".join(digits_of(r["text"]) for r in own) == number, truth
        if form == "agent_misread":  # wrong by one digit, then right
            wrong, right = agent
            said = digits_of(wrong["text"])
            assert wrong.get("misheard") and len(said) == len(number)
            assert sum(a != b for a, b in zip(said, number)) == 1
            assert digits_of(right["text"]) == number and not right.get("misheard")
        else:
            assert not agent, truth
        if form == "with_backup":
            (backup,) = [r for r in customer if "other" in r]
            assert digits_of(backup["text"]) == backup["other"] != number
            assert truth["other_numbers"] == [backup["other"]] and re.fullmatch(r"1[3-9]\d{9}", backup["other"])
        else:
            assert truth["other_numbers"] == [] and not any("other" in r for r in readings)
        if form == "agent_asks_parts":
            asked = [t for t in truth["turns"] if t["role"] == "customer" and t["readings"]]
            assert len(asked) >= 3 and all(len(t["readings"]) == 1 for t in asked)
        if form in ("pairs_as_tens", "threes_as_hundreds"):
            assert any(VALUE.search(g) for g in re.split("[，。]", own[0]["text"]))
        if form == "in_sentence":
            assert not re.search("[，。]", own[0]["text"])
        assert_laid_out(truth)


def test_numbers_are_valid_of_their_kind_and_forms_show_what_they_name(tmp_path):
    for truth in calls(tmp_path, 28, 32) + calls(tmp_path, 6, 32):
        n, form, kind = truth["number"], truth["form"], truth["kind"]
        assert_valid(kind, n)
        turns = "".join(t["text"] for t in truth["turns"])
        if form == "city_and_code":
            area = 3 if n[:2] in ("01", "02") else 4
            assert B.CITY18[n[:area]] in turns
        if form == "bank_first":
            assert any(bank in turns for bank in B.BANKS)
        if form == "speakerphone":
            assert "免提" in turns
        assert truth["names"] == [] and truth["forms"] == "blind18"


def test_speakerphone_readings_are_quiet_and_echoed():
    class Flat:
        def phrase(self, text, voice, speed):
            import numpy as np
            return np.ones(int(G.n_chars(text) / 4.0 / speed * G.SR))

    call = B.Call18(Flat(), random.Random(3))
    call.echo = True
    call.say_turn("customer", [("四五六七。", True)], 0.8, gain=0.3)
    call.echo = False
    audio = call.tl.audio()
    right = audio[:, 1]
    assert right.max() > right[right > 0].min() * 1.3  # the echo's overlap is louder than the direct sound alone


def test_readings_and_negatives_lie_inside_the_call_and_apart(tmp_path):
    for truth in calls(tmp_path, 29, 12, negatives=True) + calls(tmp_path, 28, 32):
        written = json.loads((tmp_path / f"9001_20261126-230000_{truth['call_id']}.truth.json").read_text())
        assert written == json.loads(json.dumps(truth))
        spans = sorted([tuple(r["span_s"]) for r in truth["readings"]] + [tuple(n["span_s"]) for n in truth["negatives"]])
        assert all(a < b for a, b in spans)
        assert all(b1 <= a2 for (_, b1), (a2, _) in zip(spans, spans[1:]))
    negatives = calls(tmp_path, 29, 12, negatives=True)
    assert {t["kind"] for t in negatives} == {"none"}
    assert all(not t["readings"] and len(t["negatives"]) == 4 for t in negatives)


def test_negative_lines_read_no_personal_number(tmp_path):
    lines = [n["text"] for t in calls(tmp_path, 29, 40, negatives=True) for n in t["negatives"]]
    assert len(set(lines)) > 15
    for line in lines:
        for run in re.findall("[〇零一二三四五六七八九幺两]{7,}", line):
            digits = "".join(DIGIT_OF[c] for c in run)
            assert not B.personal(digits)
            assert not (len(digits) == 18 and ric.is_valid(digits))
            assert not re.fullmatch(r"1[3-9]\d{9}", digits)
            assert not re.fullmatch(r"0\d{9,11}", digits)
            assert not (16 <= len(digits) <= 19 and luhn.is_valid(digits))
