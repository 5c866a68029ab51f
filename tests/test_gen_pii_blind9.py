"""tools/gen_calls/pii_calls.py --forms blind9: the ninth blind set of numbers read aloud (issue 15).

As for blind7, a stand-in voice speaks: under test is the truth the benchmark relies on (each
reading's text and seconds, the number it spells, the negatives), and that the forms are new.
"""

from __future__ import annotations

import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

import cn2an
import pytest
from stdnum import luhn
from stdnum.cn import ric

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools" / "gen_calls"))

import pii_blind7  # noqa: E402
import pii_blind9 as B  # noqa: E402
import pii_calls  # noqa: E402
from test_gen_pii_blind7 import DIGIT_OF, stand_in_calls  # noqa: E402

DIGIT9 = {**DIGIT_OF, "〇": "0"}
WIDE_FORMS = {"grouped", "ungrouped", "filler", "two_turns", "read_back"}


def digits_of(text: str) -> str:
    """The digits a reading spells: 两个八 is 88, a date 一九九二年四月二十八号 is 19920428."""
    text = re.sub("([两三])个([零一二三四五六七八九])",
                  lambda m: m.group(2) * (2 if m.group(1) == "两" else 3), text)
    date = re.fullmatch("(.+)年(.+)月(.+)号", text)
    if date:
        return digits_of(date.group(1)) + "".join(f"{cn2an.cn2an(v, 'smart'):02d}" for v in date.groups()[1:])
    return "".join(DIGIT9[c] for c in text if c in DIGIT9)


def calls(tmp_path: Path, seed: int, n: int, negatives: bool = False) -> list[dict]:
    return stand_in_calls(B.make_blind9_call, B.kinds_and_forms, "20261126-210000", tmp_path, seed, n, negatives)


def test_blind9_is_registered_beside_blind7():
    assert pii_calls.blind_family("blind9") == (B.kinds_and_forms, B.make_blind9_call)
    assert pii_calls.blind_family("blind7") == (pii_blind7.kinds_and_forms, pii_blind7.make_blind7_call)


def test_forms_carriers_and_negatives_are_new_to_wide_and_blind7():
    forms9 = {f for forms in B.FORMS.values() for f in forms}
    forms7 = {f for forms in pii_blind7.FORMS.values() for f in forms}
    assert not forms9 & (forms7 | WIDE_FORMS)
    carriers = lambda table: {c for lines in table.values() for c in lines}  # noqa: E731
    assert not carriers(B.CARRIER9) & (carriers(pii_blind7.CARRIER7) | carriers(pii_calls.CARRIERS))
    old = carriers(pii_blind7.NEGATIVE7) | carriers(pii_calls.NEGATIVE_LINES)
    assert not carriers(B.NEGATIVE9) & old
    assert not set(B.SERVICE) & set(pii_calls.HOTLINES)


def test_every_kind_and_form_is_read_before_any_is_read_twice():
    plan = B.kinds_and_forms(random.Random(9), 44)
    pairs = Counter(plan)
    assert len(pairs) == len(set(plan[:33])) == 33  # 6 shared forms x 4 kinds + 9 of the kinds' own
    assert max(pairs.values()) - min(pairs.values()) <= 1


@pytest.mark.parametrize("seed", [9, 23])
def test_the_readings_spell_the_number_and_each_lies_in_its_turn(tmp_path, seed):
    for truth in calls(tmp_path, seed, 33):
        number, form = truth["number"], truth["form"]
        said = [digits_of(r["text"]) for r in truth["readings"] if r["role"] == "customer"]
        if form == "old_new":  # the old number first, then this one
            assert said[-1] == number and said[0] != number and len(said) == 2, truth
        elif form == "city_local":  # the area code is the city's name
            assert number.endswith(said[0]) and len(said[0]) in (7, 8), truth
        else:
            assert "".join(said) == number, truth
        for r in truth["readings"]:
            if r["role"] == "agent":  # a confirmation spells it whole
                assert digits_of(r["text"]) == number
        texts = [t for turn in truth["turns"] for t in turn["readings"]]
        assert texts == [r["text"] for r in truth["readings"]]
        assert all(r in turn["text"] for turn in truth["turns"] for r in turn["readings"])


def test_numbers_are_valid_of_their_kind_and_forms_show_what_they_name(tmp_path):
    for truth in calls(tmp_path, 9, 33):
        n, text = truth["number"], "".join(r["text"] for r in truth["readings"])
        if truth["kind"] == "id_card":  # check digit and birth date (stdnum's is_valid also wants the
            assert n[-1] == ric.calc_check_digit(n)  # region to have existed at birth)
            assert ric.get_birth_date(n)
        if truth["kind"] == "bank_card":
            assert luhn.is_valid(n)
        if truth["form"] == "repeats":
            assert re.search("[两三]个", text)
        if truth["form"] == "birth_date":
            assert "年" in text and "月" in text
        if truth["form"] in ("six_six_four", "threes"):
            assert len(n) == 16


def test_readings_and_negatives_lie_inside_the_call_and_apart(tmp_path):
    for truth in calls(tmp_path, 10, 12, negatives=True) + calls(tmp_path, 9, 12):
        written = json.loads((tmp_path / f"9001_20261126-210000_{truth['call_id']}.truth.json").read_text())
        assert written == json.loads(json.dumps(truth))
        spans = sorted([tuple(r["span_s"]) for r in truth["readings"]] + [tuple(n["span_s"]) for n in truth["negatives"]])
        assert all(a < b for a, b in spans)
        assert all(b1 <= a2 for (_, b1), (a2, _) in zip(spans, spans[1:]))
    assert {t["kind"] for t in calls(tmp_path, 10, 12, negatives=True)} == {"none"}


def test_negative_lines_read_no_personal_number(tmp_path):
    lines = [n["text"] for t in calls(tmp_path, 10, 40, negatives=True) for n in t["negatives"]]
    assert len(set(lines)) > 15
    for line in lines:
        for run in re.findall("[〇零一二三四五六七八九幺两]{7,}", line):
            digits = digits_of(run)
            assert not (len(digits) == 18 and ric.is_valid(digits))
            assert not re.fullmatch(r"1[3-9]\d{9}", digits)
            assert not re.fullmatch(r"0\d{9,11}", digits)


def test_values_are_said_as_amounts_not_digits():
    assert [B._cn(n) for n in (7, 10, 12, 128, 305, 2026, 4050)] == \
        ["七", "十", "十二", "一百二十八", "三百零五", "两千零二十六", "四千零五十"]
