"""tools/gen_calls/pii_calls.py --forms blind22: the twenty-second blind set of numbers read aloud.

As for blind7, blind9 and blind17 to blind21, a stand-in voice speaks: under test is the truth the
benchmark relies on (each reading's text and seconds, the number it spells, the negatives, the
look-alikes and the sounds under a reading), and that the forms are new.
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

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools" / "gen_calls"))

import generate as G  # noqa: E402
import pii_blind7  # noqa: E402
import pii_blind9  # noqa: E402
import pii_blind17  # noqa: E402
import pii_blind18  # noqa: E402
import pii_blind19  # noqa: E402
import pii_blind20  # noqa: E402
import pii_blind21  # noqa: E402
import pii_blind22 as B  # noqa: E402
import pii_calls  # noqa: E402
from test_gen_pii_blind7 import (  # noqa: E402
    assert_laid_out, assert_valid, digit_chars as digits_of, lookalike_free_line, StandInVoice, stand_in_calls)

WIDE_FORMS = {"grouped", "ungrouped", "filler", "two_turns", "read_back"}
VALUE_OF = {**{c: i for i, c in enumerate("零一二三四五六七八九")}, "两": 2, "幺": 1}


def value_digits(text: str) -> str:
    """The digits a reading of groups said as whole numbers spells (a group without 千/百/十 digit by digit)."""
    out = ""
    for group in re.split("[，。]", text):
        if not group:
            continue
        if not re.search("[千百十]", group):
            out += digits_of(group)
            continue
        total, d = 0, None
        for c in group:
            if c in VALUE_OF:
                d = VALUE_OF[c]
            elif c in "千百十":
                total += (1 if d is None else d) * {"千": 1000, "百": 100, "十": 10}[c]
                d = None
        out += str(total + (d or 0))
    return out


def calls(tmp_path: Path, seed: int, n: int, negatives: bool = False) -> list[dict]:
    return stand_in_calls(B.make_blind22_call, B.kinds_and_forms, "20261126-230000", tmp_path, seed, n, negatives)


def test_blind22_is_registered_beside_the_earlier_writers():
    assert pii_calls.blind_family("blind22") == (B.kinds_and_forms, B.make_blind22_call)
    assert pii_calls.blind_family("blind21") == (pii_blind21.kinds_and_forms, pii_blind21.make_blind21_call)


def test_forms_carriers_and_negatives_are_new_to_wide_and_every_earlier_blind_writer():
    forms = lambda table: {f for fs in table.values() for f in fs}  # noqa: E731
    old = (forms(pii_blind7.FORMS) | forms(pii_blind9.FORMS) | forms(pii_blind17.FORMS) | forms(pii_blind18.FORMS)
           | forms(pii_blind19.FORMS) | forms(pii_blind20.FORMS) | forms(pii_blind21.FORMS) | WIDE_FORMS)
    assert not forms(B.FORMS) & old
    lines = lambda table: {c for cs in table.values() for c in cs}  # noqa: E731
    old_carriers = (lines(pii_blind7.CARRIER7) | lines(pii_blind9.CARRIER9) | lines(pii_blind17.CARRIER17)
                    | lines(pii_blind18.CARRIER18) | lines(pii_blind19.CARRIER19) | lines(pii_blind20.CARRIER20)
                    | lines(pii_blind21.CARRIER21) | lines(pii_calls.CARRIERS))
    assert not lines(B.CARRIER22) & old_carriers
    old_negatives = (lines(pii_blind7.NEGATIVE7) | lines(pii_blind9.NEGATIVE9) | lines(pii_blind17.NEGATIVE17)
                     | lines(pii_blind18.NEGATIVE18) | lines(pii_blind19.NEGATIVE19) | lines(pii_blind20.NEGATIVE20)
                     | lines(pii_blind21.NEGATIVE21) | lines(pii_calls.NEGATIVE_LINES))
    assert not lines(B.NEGATIVE22) & old_negatives
    assert len(B.NEGATIVE22["agent"]) == len(B.NEGATIVE22["customer"]) == 9


def test_every_kind_and_form_is_read_before_any_is_read_twice():
    plan = B.kinds_and_forms(random.Random(68), 44)
    pairs = Counter(plan)
    assert len(pairs) == len(set(plan[:32])) == 32  # 7 shared forms x 4 kinds + 4 kinds' own
    assert max(pairs.values()) - min(pairs.values()) <= 1
    assert {form for _, form in plan} == {f for fs in B.FORMS.values() for f in fs}


def own_readings(truth: dict) -> list[dict]:
    """The customer's readings of her own number once through (not a cut-off start, its
    continuation, or the old number she takes back)."""
    return [r for r in truth["readings"] if r["role"] == "customer" and not r.get("partial")
            and not any(k in r for k in ("continued_from", "other"))]


@pytest.mark.parametrize("seed", [68, 71])
def test_the_readings_spell_the_number_and_each_lies_in_its_turn(tmp_path, seed):
    for truth in calls(tmp_path, seed, 32):
        number, form, kind = truth["number"], truth["form"], truth["kind"]
        readings = truth["readings"]
        customer = [r for r in readings if r["role"] == "customer"]
        own = own_readings(truth)
        assert not [r for r in readings if r["role"] == "agent"]
        if form == "doorbell_break":
            assert not own
            (start,) = [r for r in customer if r.get("partial")]
            (rest,) = [r for r in customer if "continued_from" in r]
            assert start["cut_off"] and start["text"].endswith("……") and readings.index(start) == 0
            assert digits_of(start["text"]) == number[:rest["continued_from"]]
            assert digits_of(start["text"]) + digits_of(rest["text"]) == number
            (bg,) = truth["background"]
            assert bg["what"] in ("doorbell", "dog") and bg["role"] == "customer"
            assert start["span_s"][1] <= bg["span_s"][0] and bg["span_s"][1] <= rest["span_s"][0]
        elif form == "each_group_twice":
            (r,) = own
            said = [digits_of(g) for g in re.split("，就是|，|。", r["text"]) if g]
            assert r["each_twice"] and said[0::2] == said[1::2] and "".join(said[0::2]) == number
        elif form == "fours_as_thousands":
            (r,) = own
            assert r["as_values"] and value_digits(r["text"]) == number and "千" in r["text"]
        else:
            assert own and all(digits_of(r["text"]) == number for r in own), truth
        if form == "old_one_retracted":
            (old,) = [r for r in customer if "other" in r]
            assert old["retracted"] and digits_of(old["text"]) == old["other"] != number
            assert truth["other_numbers"] == [old["other"]] and re.fullmatch(r"1[3-9]\d{9}", old["other"])
            assert readings.index(old) == 0 and len(own) == 1
        else:
            assert truth["other_numbers"] == [] and not any("other" in r for r in readings)
        if form in ("agent_typing", "call_waiting"):
            (bg,) = truth["background"]
            (r,) = own
            assert bg["what"] == form.replace("agent_", "") and bg["role"] == ("agent" if form == "agent_typing"
                                                                                 else "customer")
            assert bg["span_s"][0] <= r["span_s"][0] and r["span_s"][1] <= bg["span_s"][1] + 1e-3
        elif form != "doorbell_break":
            assert truth["background"] == []
        if form == "long_echo":
            assert 0.28 <= own[0]["echo"] <= 0.42
        if form == "masked_muffled":
            assert 900 <= own[0]["muffled"] <= 1300
        if form == "shouting_clipped":
            assert own[0]["clipped"] >= 3
        if form == "parent_with_age":
            (look,) = truth["lookalikes"]
            assert 1938 <= int(number[6:10]) <= 1955 and own[0]["parent"]
            assert look["what"] == "年龄" and look["span_s"][1] <= own[0]["span_s"][0]
            assert not B.personal(digits_of(look["text"]))
        else:
            assert truth["lookalikes"] == []
        assert "family" not in truth["voices"] and not any("speaker" in r for r in readings)
        assert_laid_out(truth)


def test_numbers_are_valid_of_their_kind_and_forms_show_what_they_name(tmp_path):
    for truth in calls(tmp_path, 68, 32) + calls(tmp_path, 6, 32):
        n, form, kind = truth["number"], truth["form"], truth["kind"]
        for x in [n] + truth["other_numbers"]:
            assert_valid(kind, x)
        turns = "".join(t["text"] for t in truth["turns"])
        if form == "fours_as_thousands":
            assert len(n) in (16, 19)
        if form == "masked_muffled":
            assert "口罩" in turns
        if form == "long_echo":
            assert "回音" in turns
        if form == "also_fax":
            assert "传真" in turns
        if form == "old_one_retracted":
            assert "以前" in turns or "原来" in turns
        if form == "parent_with_age":
            assert "岁" in turns or "老人家" in turns
        if form == "call_waiting":
            assert "电话" in turns
        assert truth["names"] == [] and truth["forms"] == "blind22"


def test_value_digits_reads_groups_said_as_whole_numbers():
    assert B.value4("1234") == "一千二百三十四" and value_digits("一千二百三十四") == "1234"
    for g in ("1000", "1010", "1204", "9090", "2000", "305", "110", "7001"):
        assert value_digits(B.value4(g)) == g
    assert B.value4("0305") == "零三零五"


class Flat:
    def phrase(self, text, voice, speed):
        return 0.3 * np.ones(int(G.n_chars(text) / 4.0 / speed * G.SR))


def test_the_echo_mask_and_shouting_are_on_the_customer_channel_only():
    call = B.Call22(StandInVoice(), random.Random(3))
    plain = call.engine.phrase("六二八零九八幺三。", call.voices["customer"], 0.8)
    call.echo = 0.3
    echoed = call.engine.phrase("六二八零九八幺三。", call.voices["customer"], 0.8)
    assert len(echoed) == len(plain) + 2 * int(0.3 * G.SR) and np.abs(echoed[len(plain) + 10:]).max() > 0.05
    call.echo = 0.0
    call.muffled = 1000
    quiet = call.engine.phrase("六二八零九八幺三。", call.voices["customer"], 0.8)
    assert np.sqrt(np.mean(quiet ** 2)) < np.sqrt(np.mean(plain ** 2))
    call.muffled, call.clipped = 0.0, 4.0
    loud = call.engine.phrase("六二八零九八幺三。", call.voices["customer"], 0.8)
    assert np.mean(np.abs(loud) >= 0.3 - 1e-6) > 0.5  # flattened at the peak: clipped
    call.echo, call.muffled = 0.3, 1000
    agent = call.engine.phrase("请您说一下。", call.voices["agent"], 0.8)
    assert len(agent) == len(StandInVoice().phrase("请您说一下。", "", 0.8))  # the agent is left alone

    call = B.Call22(StandInVoice(), random.Random(5))
    call.say_turn("agent", [(B.ASK22["mobile"], False)])
    B.read_number(call, "mobile", "13812345678", "agent_typing", [])
    (bg,) = call.background
    audio = call.audio()
    a, b = (int(s * G.SR) for s in bg["span_s"])
    left = audio[:, 0]
    assert np.abs(left[a:b]).max() > 0 and np.mean(left[a:b] != 0) < 0.5  # clicks on the agent's, sparse

    for make in (B.beeps, B.doorbell, B.barking, B.typing_noise):
        clip = make(int(3 * G.SR), 0.05, np.random.default_rng(1))
        assert len(clip) == int(3 * G.SR) and np.all(np.isfinite(clip)) and np.abs(clip).max() > 0.02


def test_readings_and_negatives_lie_inside_the_call_and_apart(tmp_path):
    for truth in calls(tmp_path, 69, 12, negatives=True) + calls(tmp_path, 68, 32):
        stem = tmp_path / f"9001_20261126-230000_{truth['call_id']}"
        written = json.loads(stem.with_suffix(".truth.json").read_text())
        audio, _ = G.sf.read(stem.with_suffix(".flac"))
        assert np.all(np.isfinite(audio)) and np.abs(audio).max() > 0.1  # no NaN made silent or noise
        assert written == json.loads(json.dumps(truth))
        spans = sorted([tuple(r["span_s"]) for r in truth["readings"]]
                       + [tuple(n["span_s"]) for n in truth["negatives"]]
                       + [tuple(x["span_s"]) for x in truth["lookalikes"]])
        assert all(a < b for a, b in spans)
        assert all(b1 <= a2 for (_, b1), (a2, _) in zip(spans, spans[1:]))
    negatives = calls(tmp_path, 69, 12, negatives=True)
    assert {t["kind"] for t in negatives} == {"none"}
    assert all(not t["readings"] and len(t["negatives"]) == 4 and not t["other_numbers"] and not t["background"]
               for t in negatives)



def test_negative_lines_read_no_personal_number(tmp_path):
    lines = [n["text"] for t in calls(tmp_path, 69, 40, negatives=True) for n in t["negatives"]]
    lines += [n["text"] for t in calls(tmp_path, 68, 44) for n in t["negatives"]]
    assert len(set(lines)) > 15
    assert all(lookalike_free_line(line) for line in lines)
    assert any("病历号" in line for line in lines) and any("许可证" in line for line in lines)
