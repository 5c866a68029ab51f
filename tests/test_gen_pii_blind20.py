"""tools/gen_calls/pii_calls.py --forms blind20: the twentieth blind set of numbers read aloud.

As for blind7, blind9, blind17, blind18 and blind19, a stand-in voice speaks: under test is the
truth the benchmark relies on (each reading's text and seconds, the number it spells, the
negatives, the look-alikes and the television under a reading), and that the forms are new.
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
import pii_blind19  # noqa: E402
import pii_blind20 as B  # noqa: E402
import pii_calls  # noqa: E402
from test_gen_pii_blind7 import DIGIT_OF, assert_laid_out, assert_valid, stand_in_calls  # noqa: E402

WIDE_FORMS = {"grouped", "ungrouped", "filler", "two_turns", "read_back"}


def digits_of(text: str) -> str:
    """The digits a reading spells, digit by digit (双X is XX)."""
    out, double = "", False
    for c in text:
        if c == "双":
            double = True
        elif c in DIGIT_OF:
            out += DIGIT_OF[c] * (2 if double else 1)
            double = False
    return out


def calls(tmp_path: Path, seed: int, n: int, negatives: bool = False) -> list[dict]:
    return stand_in_calls(B.make_blind20_call, B.kinds_and_forms, "20261126-230000", tmp_path, seed, n, negatives)


def test_blind20_is_registered_beside_the_earlier_writers():
    assert pii_calls.blind_family("blind20") == (B.kinds_and_forms, B.make_blind20_call)
    assert pii_calls.blind_family("blind19") == (pii_blind19.kinds_and_forms, pii_blind19.make_blind19_call)


def test_forms_carriers_and_negatives_are_new_to_wide_and_every_earlier_blind_writer():
    forms = lambda table: {f for fs in table.values() for f in fs}  # noqa: E731
    old = (forms(pii_blind7.FORMS) | forms(pii_blind9.FORMS) | forms(pii_blind17.FORMS) | forms(pii_blind18.FORMS)
           | forms(pii_blind19.FORMS) | WIDE_FORMS)
    assert not forms(B.FORMS) & old
    lines = lambda table: {c for cs in table.values() for c in cs}  # noqa: E731
    old_carriers = (lines(pii_blind7.CARRIER7) | lines(pii_blind9.CARRIER9) | lines(pii_blind17.CARRIER17)
                    | lines(pii_blind18.CARRIER18) | lines(pii_blind19.CARRIER19) | lines(pii_calls.CARRIERS))
    assert not lines(B.CARRIER20) & old_carriers
    old_negatives = (lines(pii_blind7.NEGATIVE7) | lines(pii_blind9.NEGATIVE9) | lines(pii_blind17.NEGATIVE17)
                     | lines(pii_blind18.NEGATIVE18) | lines(pii_blind19.NEGATIVE19) | lines(pii_calls.NEGATIVE_LINES))
    assert not lines(B.NEGATIVE20) & old_negatives
    assert len(B.NEGATIVE20["agent"]) == len(B.NEGATIVE20["customer"]) == 9


def test_every_kind_and_form_is_read_before_any_is_read_twice():
    plan = B.kinds_and_forms(random.Random(48), 44)
    pairs = Counter(plan)
    assert len(pairs) == len(set(plan[:32])) == 32  # 7 shared forms x 4 kinds + 4 kinds' own
    assert max(pairs.values()) - min(pairs.values()) <= 1
    assert {form for _, form in plan} == {f for fs in B.FORMS.values() for f in fs}


def own_readings(truth: dict) -> list[dict]:
    """The customer's readings of her own number once through (not a partial, another number or
    the first, one-off pass)."""
    return [r for r in truth["readings"] if r["role"] == "customer" and not r.get("partial") and "other" not in r
            and "one_off" not in r]


@pytest.mark.parametrize("seed", [48, 51])
def test_the_readings_spell_the_number_and_each_lies_in_its_turn(tmp_path, seed):
    for truth in calls(tmp_path, seed, 32):
        number, form, kind = truth["number"], truth["form"], truth["kind"]
        readings = truth["readings"]
        customer = [r for r in readings if r["role"] == "customer"]
        own = own_readings(truth)
        assert not [r for r in readings if r["role"] == "agent"]
        if form == "photo_zoom":  # the group before the stop said again after zooming
            head, tail = own
            assert digits_of(head["text"]) + digits_of(tail["text"])[tail["resumed"]:] == number
            assert digits_of(tail["text"])[:tail["resumed"]] == digits_of(head["text"])[-tail["resumed"]:]
            turn = next(t for t in truth["turns"] if t["readings"])
            assert any(z in turn["text"].split(tail["text"])[0] for z in B.ZOOM)
        else:
            assert "".join(digits_of(r["text"]) for r in own) == number, truth
        if form == "cut_in_restart":
            (cut,) = [r for r in customer if r.get("partial")]
            assert cut["cut_off"] and cut["text"].endswith("……") and number.startswith(digits_of(cut["text"]))
            assert 4 <= len(digits_of(cut["text"])) <= len(number) - 4
            assert readings.index(cut) == 0
        if form == "twice_one_off":
            (first,) = [r for r in customer if "one_off" in r]
            wrong = digits_of(first["text"])
            assert wrong == first["one_off"] and len(wrong) == len(number)
            assert sum(a != b for a, b in zip(wrong, number)) == 1 and readings.index(first) == 0
        else:
            assert not any("one_off" in r for r in readings)
        if form == "shuang_pairs":
            assert "双" in own[0]["text"]
        else:
            assert all("双" not in r["text"] for r in readings)
        if form == "hoarse_cold":
            (r,) = own
            assert r["hoarse"] and r["text"].count("……") == r["coughs"] >= 1
        if form == "digit_explained":
            assert 2 <= len(own) <= 3
            turn = next(t for t in truth["turns"] if t["readings"])
            for piece, nxt in zip(own, own[1:]):
                digit = number[len("".join(digits_of(r["text"]) for r in own[:own.index(piece) + 1])) - 1]
                assert B.EXPLAIN[digit] in turn["text"].split(nxt["text"])[0]
        if form == "tv_behind":
            (tv,) = truth["background"]
            (r,) = own
            assert r["tv"] and tv["voice"] not in truth["voices"].values()
            assert tv["span_s"][0] < r["span_s"][1] and r["span_s"][0] < tv["span_s"][1]  # under the reading
            assert lookalike_free_line(tv["text"])
        else:
            assert truth["background"] == []
        if form == "prefix_first":
            (pre,) = [r for r in customer if r.get("partial")]
            assert digits_of(pre["text"]) == number[:3] and readings.index(pre) == 0
            assert B.CARRIER_NAME[number[:3]] in truth["turns"][2]["text"]
        if form == "masked_then_card":
            parts = [r for r in customer if r.get("partial")]
            assert [digits_of(r["text"]) for r in parts] == [number[:6], number[-4:]]
            assert readings.index(parts[1]) < readings.index(own[0])
        if form == "ext_then_mobile":
            (other,) = [r for r in customer if "other" in r]
            assert truth["other_numbers"] == [other["other"]] and re.fullmatch(r"1[3-9]\d{9}", other["other"])
            assert digits_of(other["text"]) == other["other"]
            (ext,) = truth["lookalikes"]
            assert ext["what"] == "分机" and own[0]["span_s"][1] <= ext["span_s"][0] < ext["span_s"][1] <= \
                other["span_s"][0]
            assert not B.personal(digits_of(ext["text"]))
        else:
            assert truth["other_numbers"] == [] and not any("other" in r for r in readings)
        if form in ("validity_after", "masked_then_card"):
            (look,) = truth["lookalikes"]
            assert look["what"] == "有效期" and look["span_s"][0] >= own[-1]["span_s"][1]
            assert all(not B.personal(digits_of(p)) for p in re.split("[，。点到]", look["text"]) if p)
        elif form != "ext_then_mobile":
            assert truth["lookalikes"] == []
        if form == "validity_after":
            year = int(digits_of(truth["lookalikes"][0]["text"].split("点")[0]))
            assert year >= int(number[6:10]) + 16
        assert_laid_out(truth)


def test_numbers_are_valid_of_their_kind_and_forms_show_what_they_name(tmp_path):
    for truth in calls(tmp_path, 48, 32) + calls(tmp_path, 6, 32):
        n, form, kind = truth["number"], truth["form"], truth["kind"]
        assert_valid(kind, n)
        for other in truth["other_numbers"]:
            assert re.fullmatch(r"1[3-9]\d{9}", other)
        turns = "".join(t["text"] for t in truth["turns"])
        if form == "hoarse_cold":
            assert "感冒" in turns
        if form == "tv_behind":
            assert "电视" in turns
        if form == "photo_zoom":
            assert "照片" in turns or "截图" in turns or "相册" in turns
        if form == "masked_then_card":
            assert "星号" in turns
        assert truth["names"] == [] and truth["forms"] == "blind20"


class Flat:
    def phrase(self, text, voice, speed):
        return 0.3 * np.ones(int(G.n_chars(text) / 4.0 / speed * G.SR))


def test_the_cold_the_cough_and_the_television_are_on_the_customer_channel_only():
    call = B.Call20(Flat(), random.Random(3))
    call.hoarse, call.cough_seed = 11, 5
    clip = call.engine.phrase("六二八零……九八幺三。", call.voices["customer"], 0.8)
    plain = Flat().phrase("六二八零九八幺三。", "v", 0.8)
    assert len(clip) > len(plain) + int(0.3 * G.SR)  # the cough between, and a lower, slower voice
    assert np.std(clip[: len(clip) // 3]) > 0.01  # the rasp on the flat tone
    agent = call.engine.phrase("请您说一下。", call.voices["agent"], 0.8)
    assert np.all(agent == 0.3)  # the agent is not hoarse

    call = B.Call20(Flat(), random.Random(4))
    call.say_turn("agent", [("请您说一下。", False)])
    start = call.tl.t
    call.under.append((start, 0.2 * np.ones(int(3 * G.SR))))
    call.say_turn("customer", [("六二八零。", True)])
    audio = call.audio()
    left, right = audio[:, 0], audio[:, 1]
    at = int(start * G.SR)
    assert np.all(left[at:at + int(3 * G.SR)] == 0) and np.all(right[at:at + int(3 * G.SR)] > 0)


def test_readings_and_negatives_lie_inside_the_call_and_apart(tmp_path):
    for truth in calls(tmp_path, 49, 12, negatives=True) + calls(tmp_path, 48, 32):
        written = json.loads((tmp_path / f"9001_20261126-230000_{truth['call_id']}.truth.json").read_text())
        assert written == json.loads(json.dumps(truth))
        spans = sorted([tuple(r["span_s"]) for r in truth["readings"]]
                       + [tuple(n["span_s"]) for n in truth["negatives"]]
                       + [tuple(x["span_s"]) for x in truth["lookalikes"]])
        assert all(a < b for a, b in spans)
        assert all(b1 <= a2 for (_, b1), (a2, _) in zip(spans, spans[1:]))
    negatives = calls(tmp_path, 49, 12, negatives=True)
    assert {t["kind"] for t in negatives} == {"none"}
    assert all(not t["readings"] and len(t["negatives"]) == 4 and not t["other_numbers"] and not t["background"]
               for t in negatives)


def lookalike_free_line(line: str) -> bool:
    for run in re.findall("[〇零一二三四五六七八九幺两]{7,}", line):
        digits = "".join(DIGIT_OF[c] for c in run)
        if not B.lookalike_free(digits) or re.search(r"1[3-9]\d{9}", digits) or re.fullmatch(r"0\d{9,11}", digits):
            return False
        if (len(digits) == 18 and ric.is_valid(digits)) or (16 <= len(digits) <= 19 and luhn.is_valid(digits)):
            return False
    return True


def test_negative_lines_read_no_personal_number(tmp_path):
    lines = [n["text"] for t in calls(tmp_path, 49, 40, negatives=True) for n in t["negatives"]]
    lines += [n["text"] for t in calls(tmp_path, 48, 44) for n in t["negatives"]]
    assert len(set(lines)) > 15
    assert all(lookalike_free_line(line) for line in lines)
    tv = [B.tv_line(random.Random(k)) for k in range(200)]
    assert all(lookalike_free_line(line) for line in tv)
