"""tools/gen_calls/pii_calls.py --forms blind34: the thirty-fourth blind set of numbers read aloud.

As for blind7, blind9 and blind17 to blind33, a stand-in voice speaks: under test is the truth the
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
import pii_blind33  # noqa: E402
import pii_blind34 as B  # noqa: E402
import pii_calls  # noqa: E402
from test_gen_pii_blind7 import (  # noqa: E402
    assert_inside_and_apart, assert_laid_out, assert_new_to_earlier_writers, assert_runs_on, assert_valid,
    digit_chars as digits_of, lookalike_free_line, StandInVoice, stand_in_calls)

WIDE_FORMS = {"grouped", "ungrouped", "filler", "two_turns", "read_back"}
OWN = ("threes_and_two", "local_pairs", "nine_nine", "sixes_rest")


def calls(tmp_path: Path, seed: int, n: int, negatives: bool = False) -> list[dict]:
    return stand_in_calls(B.make_blind34_call, B.kinds_and_forms, "20261128-340000", tmp_path, seed, n, negatives)


def test_blind34_is_registered_beside_the_earlier_writers():
    assert pii_calls.blind_family("blind34") == (B.kinds_and_forms, B.make_blind34_call)
    assert pii_calls.blind_family("blind33") == (pii_blind33.kinds_and_forms, pii_blind33.make_blind33_call)


def test_forms_carriers_and_negatives_are_new_to_wide_and_every_earlier_blind_writer():
    assert_new_to_earlier_writers(B, "34", WIDE_FORMS)
    assert len(B.NEGATIVE34["agent"]) == len(B.NEGATIVE34["customer"]) == 9


def test_every_kind_and_form_is_read_before_any_is_read_twice():
    plan = B.kinds_and_forms(random.Random(188), 44)
    pairs = Counter(plan)
    assert len(pairs) == len(set(plan[:20])) == 20  # 4 shared forms x 4 kinds + 4 kinds' own
    assert max(pairs.values()) - min(pairs.values()) <= 1
    assert {form for _, form in plan} == {f for fs in B.FORMS.values() for f in fs}


@pytest.mark.parametrize("seed", [188, 191])
def test_the_readings_spell_the_number_and_each_lie_in_its_turn(tmp_path, seed):
    for truth in calls(tmp_path, seed, 20):
        number, form = truth["number"], truth["form"]
        readings = truth["readings"]
        turns = truth["turns"]
        assert all(r["role"] == "customer" for r in readings)
        if form == "child_echo":
            hers = [r for r in readings if "speaker" not in r]
            echoes = [r for r in readings if r.get("speaker") == "child"]
            assert len(hers) == len(echoes) >= 2 and len(readings) == 2 * len(hers)
            assert_runs_on(hers, number)
            assert all(e["echo"] for e in echoes) and not any("echo" in r for r in hers)
            # each echo follows her group and says it again
            for mine, echo in zip(readings[::2], readings[1::2]):
                assert "speaker" not in mine and echo["speaker"] == "child"
                assert digits_of(mine["text"]) == digits_of(echo["text"]) and echo["text"].endswith("！")
                assert mine.get("continued_from") == echo.get("continued_from")
                assert mine.get("head") == echo.get("head")
                assert mine["span_s"][1] < echo["span_s"][0]
            assert [t.get("speaker") for t in turns[2:2 + len(readings)]] == [None, "child"] * len(hers)
            assert "小孩" in turns[2]["text"] or "孩子" in turns[2]["text"]
            child = truth["voices"]["child"]
            assert child not in (truth["voices"]["agent"], truth["voices"]["customer"])
        elif form == "one_group_again":
            whole, again = readings
            assert digits_of(whole["text"]) == number and set(whole) == {"role", "span_s", "text"}
            k = again["continued_from"]
            assert again["again"] and number[k:].startswith(digits_of(again["text"]))
            assert len(digits_of(again["text"])) >= 3 and whole["span_s"][1] < again["span_s"][0]
            assert "再" in turns[2]["text"] and "段" in turns[2]["text"]
        elif form == "message_ping":
            assert_runs_on(readings, number)
            head, rest = readings
            (bg,) = truth["background"]
            assert bg["what"] == "message_ping" and bg["role"] == "customer" and 3 <= bg["db_under"] <= 8
            # the phone pings after her first turn and before she reads on
            assert head["span_s"][1] < bg["span_s"][0] and bg["span_s"][1] < rest["span_s"][0]
            assert 0.45 <= bg["span_s"][1] - bg["span_s"][0] <= 0.7 + 1e-3
            assert "微信" in turns[3]["text"] or "消息" in turns[3]["text"]
        elif form == "spaces_said":
            (r,) = readings
            assert r["spaces"] and digits_of(r["text"]) == number
            parts = r["text"].rstrip("。").split("，")
            assert parts[1::2] == [B.SPACE] * (len(parts) // 2) and len(parts) % 2 == 1 and len(parts) >= 3
        else:
            assert form in OWN
            (r,) = readings
            assert digits_of(r["text"]) == number, truth
            sizes = [len(digits_of(g)) for g in r["text"].rstrip("。").split("，")]
            assert sizes == r["sizes"] == list(B.own_sizes(truth["kind"], form, number)) and sum(sizes) == len(number)
        if form != "message_ping":
            assert truth["background"] == []
        if form != "child_echo":
            assert "child" not in truth["voices"] and not any("speaker" in r for r in readings)
        assert truth["other_numbers"] == [] and truth["lookalikes"] == []
        assert "family" not in truth["voices"] and "colleague" not in truth["voices"]
        assert_laid_out(truth)


def test_numbers_are_valid_of_their_kind_and_forms_show_what_they_name(tmp_path):
    seen = set()
    for truth in calls(tmp_path, 188, 20) + calls(tmp_path, 6, 20):
        n, form, kind = truth["number"], truth["form"], truth["kind"]
        assert_valid(kind, n)
        seen.add(form)
        turns = "".join(t["text"] for t in truth["turns"])
        shows = {"child_echo": ("跟",), "one_group_again": ("段",), "message_ping": ("微信", "消息"),
                 "spaces_said": ("空格",), "threes_and_two": ("",), "local_pairs": ("",), "nine_nine": ("",),
                 "sixes_rest": ("",)}
        assert any(word in turns for word in shows[form])
        assert truth["names"] == [] and truth["forms"] == "blind34"
    assert seen == {f for fs in B.FORMS.values() for f in fs}


def test_own_sizes_cover_every_length():
    for n in ("01012345678", "02112345678", "05711234567", "057112345678", "0731123456"):
        sizes = B.own_sizes("landline", "local_pairs", n)
        area = 3 if n[:2] in ("01", "02") else 4
        assert sum(sizes) == len(n) and sizes[0] == area and set(sizes[1:-1]) <= {2} and sizes[-1] in (2, 3)
    assert B.own_sizes("mobile", "threes_and_two", "1" * 11) == (3, 3, 3, 2)
    assert B.own_sizes("id_card", "nine_nine", "1" * 18) == (9, 9)
    for n in range(16, 20):
        sizes = B.own_sizes("bank_card", "sixes_rest", "1" * n)
        assert sum(sizes) == n and sizes[:2] == (6, 6) and 4 <= sizes[2] <= 7


def test_the_child_sounds_higher_quicker_and_quieter(tmp_path):
    """Her child's echo is pitched up (shorter than her own same group) and quieter than her."""
    rng = random.Random(3)
    call = B.Call34(StandInVoice(), rng)
    B.read_number(call, "mobile", pii_calls.make_number("mobile", rng), "child_echo", [])
    right = np.concatenate(call.tl.right)

    def rms(span):
        clip = right[int(span[0] * G.SR):int(span[1] * G.SR)]
        return float(np.sqrt(np.mean(clip ** 2)))

    for mine, echo in zip(call.readings[::2], call.readings[1::2]):
        assert rms(echo["span_s"]) < 0.75 * rms(mine["span_s"])
        assert echo["span_s"][1] - echo["span_s"][0] < mine["span_s"][1] - mine["span_s"][0]
    y = np.sin(2 * np.pi * 200 * np.arange(G.SR) / G.SR)
    up = B.pitch_up(y, 1.25)
    assert abs(len(up) - G.SR / 1.25) < 2
    f = np.fft.rfftfreq(len(up), 1 / G.SR)[np.argmax(np.abs(np.fft.rfft(up)))]
    assert abs(f - 250) < 3
    assert call.child_ratio == 0.0 and call.voices["child"] != call.voices["customer"]


def test_message_ping_is_finite_two_bright_notes():
    rng = np.random.default_rng(1)
    n = int(0.6 * G.SR)
    clip = B.message_ping(n, 0.05, rng)
    assert len(clip) == n and np.all(np.isfinite(clip)) and np.abs(clip).max() > 0.02
    freqs = np.fft.rfftfreq(n, 1 / G.SR)
    p = np.abs(np.fft.rfft(clip)) ** 2
    assert p[(freqs > 1100) & (freqs < 1900)].sum() / p.sum() > 0.8
    block = int(0.02 * G.SR)
    env = np.abs(clip[: n - n % block]).reshape(-1, block).max(axis=1)
    assert env.max() > 5 * np.median(env)  # notes that die away, not a steady tone


def test_readings_and_negatives_lie_inside_the_call_and_apart(tmp_path):
    for truth in calls(tmp_path, 189, 12, negatives=True) + calls(tmp_path, 188, 20):
        stem = tmp_path / f"9001_20261128-340000_{truth['call_id']}"
        assert_inside_and_apart(stem, truth)
    negatives = calls(tmp_path, 189, 12, negatives=True)
    assert {t["kind"] for t in negatives} == {"none"}
    assert all(not t["readings"] and len(t["negatives"]) == 4 and not t["other_numbers"] and not t["background"]
               and not t["lookalikes"] for t in negatives)


def test_negative_lines_read_no_personal_number(tmp_path):
    lines = [n["text"] for t in calls(tmp_path, 189, 40, negatives=True) for n in t["negatives"]]
    lines += [n["text"] for t in calls(tmp_path, 188, 44) for n in t["negatives"]]
    assert len(set(lines)) > 15
    assert all(lookalike_free_line(line) for line in lines)
    assert any("跑步机" in line for line in lines) and any("吊牌" in line for line in lines)
    assert any("营位" in line for line in lines) and any("乐高" in line for line in lines)
    assert any("蜜蜂" in line for line in lines) and any("围巾" in line for line in lines)
