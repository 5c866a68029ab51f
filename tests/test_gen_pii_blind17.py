"""tools/gen_calls/pii_calls.py --forms blind17: the seventeenth blind set of numbers read aloud.

As for blind7 and blind9, a stand-in voice speaks: under test is the truth the benchmark relies on
(each reading's text and seconds, the number it spells, the negatives), and that the forms are new.
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
import pii_blind17 as B  # noqa: E402
import pii_calls  # noqa: E402
from test_gen_pii_blind7 import DIGIT_OF, assert_laid_out, assert_valid, stand_in_calls  # noqa: E402

WIDE_FORMS = {"grouped", "ungrouped", "filler", "two_turns", "read_back"}
X_WORDS = re.compile("|".join(B.X_SAID))


def digits_of(text: str) -> str:
    """The digits a reading spells (罗马数字的十 / 打叉的那个叉 / 大写字母叉 are X)."""
    text = X_WORDS.sub("叉", text)
    return "".join(DIGIT_OF[c] for c in text if c in DIGIT_OF)


def calls(tmp_path: Path, seed: int, n: int, negatives: bool = False) -> list[dict]:
    return stand_in_calls(B.make_blind17_call, B.kinds_and_forms, "20261126-220000", tmp_path, seed, n, negatives)


def test_blind17_is_registered_beside_blind7_and_blind9():
    assert pii_calls.blind_family("blind17") == (B.kinds_and_forms, B.make_blind17_call)
    assert pii_calls.blind_family("blind9") == (pii_blind9.kinds_and_forms, pii_blind9.make_blind9_call)


def test_forms_carriers_and_negatives_are_new_to_wide_blind7_and_blind9():
    forms = lambda table: {f for fs in table.values() for f in fs}  # noqa: E731
    assert not forms(B.FORMS) & (forms(pii_blind7.FORMS) | forms(pii_blind9.FORMS) | WIDE_FORMS)
    lines = lambda table: {c for cs in table.values() for c in cs}  # noqa: E731
    old_carriers = lines(pii_blind7.CARRIER7) | lines(pii_blind9.CARRIER9) | lines(pii_calls.CARRIERS)
    assert not lines(B.CARRIER17) & old_carriers
    old_negatives = lines(pii_blind7.NEGATIVE7) | lines(pii_blind9.NEGATIVE9) | lines(pii_calls.NEGATIVE_LINES)
    assert not lines(B.NEGATIVE17) & old_negatives
    assert not set(B.X_SAID) & {"叉", "艾克斯"}


def test_every_kind_and_form_is_read_before_any_is_read_twice():
    plan = B.kinds_and_forms(random.Random(17), 44)
    pairs = Counter(plan)
    assert len(pairs) == len(set(plan[:33])) == 33  # 7 shared forms x 4 kinds + 4 kinds' own + the email
    assert max(pairs.values()) - min(pairs.values()) <= 1
    assert {form for _, form in plan} == {f for fs in B.FORMS.values() for f in fs}


@pytest.mark.parametrize("seed", [17, 31])
def test_the_readings_spell_the_number_and_each_lies_in_its_turn(tmp_path, seed):
    for truth in calls(tmp_path, seed, 33):
        number, form = truth["number"], truth["form"]
        customer = [r for r in truth["readings"] if r["role"] == "customer"]
        own = [digits_of(r["text"]) for r in customer if r.get("speaker") != "relative" and not r.get("partial")]
        if form == "one_digit_fixed":  # up to the wrong digit, then on from the right one
            head, tail = own
            assert head[:-1] + tail == number and head[-1] != number[len(head) - 1], truth
        elif form == "wrong_card_first":  # another valid card first, turned down, then this one
            assert own[-1] == number and own[0] != number and luhn.is_valid(own[0]) and len(own) == 2, truth
        elif form == "area_last":  # the local number, then the area code
            assert own[1] + own[0] == number, truth
        else:
            assert "".join(own) == number, truth
        for r in customer:
            if r.get("partial"):  # the last four again
                assert digits_of(r["text"]) == number[-4:]
                assert form in ("tail_repeat", "tail_first")
            if r.get("speaker") == "relative":
                assert form == "relative_relays"
        if form == "relative_relays":  # the relative's groups, each repeated by the customer
            relayed = [digits_of(r["text"]) for r in customer if r.get("speaker") == "relative"]
            assert "".join(relayed) == number and len(relayed) >= 3
        if form in ("tail_repeat", "tail_first"):
            assert sum(bool(r.get("partial")) for r in customer) == 1
        assert_laid_out(truth)


def test_numbers_are_valid_of_their_kind_and_forms_show_what_they_name(tmp_path):
    for truth in calls(tmp_path, 17, 33) + calls(tmp_path, 5, 33):
        n, form, kind = truth["number"], truth["form"], truth["kind"]
        text = "".join(r["text"] for r in truth["readings"])
        assert_valid(kind, n)
        if form == "x_roman":
            assert n.endswith("X") and X_WORDS.search(text)
        if form == "owner_named":
            assert [x["text"] for x in truth["names"]] and all(x["text"] in B.NAMES for x in truth["names"])
        else:
            assert truth["names"] == []
        if form == "eyes_pauses":  # long silent gaps between the runs
            spans = [r["span_s"] for r in truth["readings"]]
            assert len(spans) >= 2 and all(b[0] - a[1] >= 0.85 for a, b in zip(spans, spans[1:]))
        if form == "three_turns_question":
            assert sum(bool(turn["readings"]) for turn in truth["turns"] if turn["role"] == "customer") == 3
        if form == "mobile_at_163":
            assert "艾特" in "".join(t["text"] for t in truth["turns"])


def test_readings_and_negatives_lie_inside_the_call_and_apart(tmp_path):
    for truth in calls(tmp_path, 18, 12, negatives=True) + calls(tmp_path, 17, 33):
        written = json.loads((tmp_path / f"9001_20261126-220000_{truth['call_id']}.truth.json").read_text())
        assert written == json.loads(json.dumps(truth))
        spans = sorted([tuple(r["span_s"]) for r in truth["readings"]] + [tuple(n["span_s"]) for n in truth["negatives"]])
        assert all(a < b for a, b in spans)
        assert all(b1 <= a2 for (_, b1), (a2, _) in zip(spans, spans[1:]))
    negatives = calls(tmp_path, 18, 12, negatives=True)
    assert {t["kind"] for t in negatives} == {"none"}
    assert all(not t["readings"] and len(t["negatives"]) == 4 for t in negatives)


def test_negative_lines_read_no_personal_number(tmp_path):
    lines = [n["text"] for t in calls(tmp_path, 18, 40, negatives=True) for n in t["negatives"]]
    assert len(set(lines)) > 15
    for line in lines:
        for run in re.findall("[〇零一二三四五六七八九幺两]{7,}", line):
            digits = digits_of(run)
            assert not (len(digits) == 18 and ric.is_valid(digits))
            assert not re.fullmatch(r"1[3-9]\d{9}", digits)
            assert not re.fullmatch(r"0\d{9,11}", digits)
            assert not (16 <= len(digits) <= 19 and luhn.is_valid(digits))
