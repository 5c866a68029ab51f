"""tools/gen_calls/pii_calls.py --forms blind7: the seventh blind set of numbers read aloud (issue 15).

Kokoro lives in the generator's own venv, so the calls here are spoken by a stand-in voice:
what is under test is the truth the benchmark relies on (each reading's text and seconds, the
number it spells, the negatives), not the detector.
"""

from __future__ import annotations

import importlib
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
import pii_blind7 as B  # noqa: E402
import pii_blind21  # noqa: E402
import pii_calls  # noqa: E402

DIGIT_OF = {**{c: str(i) for i, c in enumerate("零一二三四五六七八九")}, "幺": "1", "两": "2", "洞": "0", "拐": "7",
            "叉": "X", "艾克斯": "X"}
SAID_DIGIT = re.compile("艾克斯|[零一二三四五六七八九幺两洞拐叉]")


class StandInVoice:
    """KokoroEngine's interface: a tone as long as Kokoro would take (4 characters a second)."""

    def phrase(self, text: str, voice: str, speed: float) -> np.ndarray:
        t = np.arange(int(G.n_chars(text) / 4.0 / speed * G.SR)) / G.SR
        return 0.3 * np.sin(2 * np.pi * 180 * t)


def assert_valid(kind: str, n: str) -> None:
    """A generated number passes its kind's checks, as a real one would: the 身份证's check digit and
    birth date, the card's Luhn digit and length, the mobile and landline prefixes."""
    if kind == "id_card":
        assert n[-1] == ric.calc_check_digit(n)
        assert ric.get_birth_date(n)
    if kind == "bank_card":
        assert luhn.is_valid(n) and 16 <= len(n) <= 19
    if kind in ("mobile", "email"):
        assert re.fullmatch(r"1[3-9]\d{9}", n)
    if kind == "landline":
        assert re.fullmatch(r"0\d{9,11}", n)


def assert_laid_out(truth: dict) -> None:
    """Each reading has a role and its seconds, is long enough to be said (Kokoro's short-clip path
    cuts a reading of <= 2 characters to one sound), and lies in its turn, in order."""
    readings = truth["readings"]
    assert all(r["role"] in ("agent", "customer") and len(r["span_s"]) == 2 for r in readings)
    assert all(G.n_chars(r["text"]) >= 3 for r in readings), truth
    texts = [t for turn in truth["turns"] for t in turn["readings"]]
    assert texts == [r["text"] for r in readings]
    assert all(r in turn["text"] for turn in truth["turns"] for r in turn["readings"])


def lookalike_free_line(line: str, digit_of: dict = DIGIT_OF, also: str = "") -> bool:
    """Whether a negative line reads out no personal number: no run of seven or more digits (groups
    read with commas count as one run; ``also``: a writer's extra digit words) that is a mobile, a
    landline, a valid card or 身份证, or one ``pii_blind21._free`` refuses."""
    for run in re.findall(f"[〇零一二三四五六七八九幺两{also}，]{{7,}}", line):
        digits = "".join(digit_of[c] for c in run if c in digit_of)
        if len(digits) < 7:
            continue
        if not pii_blind21._free(digits) or re.search(r"1[3-9]\d{9}", digits) or re.fullmatch(r"0\d{9,11}", digits):
            return False
        if (16 <= len(digits) <= 19 and luhn.is_valid(digits)) or (
                len(digits) == 18 and ric.calc_check_digit(digits) == digits[17]):
            return False
    return True


def earlier_writers(k: str) -> list[tuple[object, str]]:
    """(module, number) of every blind personal-data writer before writer ``k``: 7, 9, then 17 on."""
    names = ["7", "9", *map(str, range(17, int(k)))]
    return [(importlib.import_module(f"pii_blind{n}"), n) for n in names]


def assert_new_to_earlier_writers(writer, k: str, wide_forms: set) -> None:
    """``writer``'s forms, carrier lines (``CARRIER{k}``) and negative lines (``NEGATIVE{k}``) are none of
    wide's (``wide_forms``, ``pii_calls``) nor of any earlier writer's (``earlier_writers``)."""
    forms = lambda table: {f for fs in table.values() for f in fs}  # noqa: E731
    lines = lambda table: {c for cs in table.values() for c in cs}  # noqa: E731
    old = set(wide_forms)
    old_carriers, old_negatives = lines(pii_calls.CARRIERS), lines(pii_calls.NEGATIVE_LINES)
    for m, n in earlier_writers(k):
        old |= forms(m.FORMS)
        old_carriers |= lines(getattr(m, f"CARRIER{n}"))
        old_negatives |= lines(getattr(m, f"NEGATIVE{n}"))
    assert not forms(writer.FORMS) & old
    assert not lines(getattr(writer, f"CARRIER{k}")) & old_carriers
    assert not lines(getattr(writer, f"NEGATIVE{k}")) & old_negatives


def assert_inside_and_apart(stem: Path, truth: dict, spans_of: tuple[str, ...] = ("readings", "negatives")) -> None:
    """The call's truth file holds ``truth`` and its audio is finite and heard; the spans of
    ``spans_of`` lie inside the call and none overlaps the next; its background sounds end inside it."""
    written = json.loads(stem.with_suffix(".truth.json").read_text())
    audio, _ = G.sf.read(stem.with_suffix(".flac"))
    assert np.all(np.isfinite(audio)) and np.abs(audio).max() > 0.1
    assert written == json.loads(json.dumps(truth))
    end = len(audio) / G.SR
    spans = sorted(tuple(x["span_s"]) for key in spans_of for x in truth[key])
    assert all(a < b <= end + 1e-3 for a, b in spans)
    assert all(b1 <= a2 for (_, b1), (a2, _) in zip(spans, spans[1:]))
    assert all(bg["span_s"][1] <= end + 1e-3 for bg in truth["background"])


def digits_of(text: str) -> str:
    return "".join(DIGIT_OF[m] for m in SAID_DIGIT.findall(text))


def digit_chars(text: str) -> str:
    """The digits of ``text`` said one character each (the later writers' readings)."""
    return "".join(DIGIT_OF[c] for c in text if c in DIGIT_OF)


def assert_runs_on(readings: list[dict], number: str, digits_of=digit_chars) -> None:
    """Readings that each pick up where the one before ended spell the number."""
    assert readings[0]["head"] and "continued_from" not in readings[0]
    assert "".join(digits_of(r["text"]) for r in readings) == number
    done = 0
    for r in readings:
        assert r.get("continued_from", 0) == done
        done += len(digits_of(r["text"]))


def stand_in_calls(make, kinds_and_forms, stamp: str, tmp_path: Path, seed: int, n: int,
                   negatives: bool = False) -> list[dict]:
    """``n`` calls of one writer (``make``, planned by ``kinds_and_forms``) in the stand-in voice;
    ``stamp`` is the date and time in their file names."""
    rng = random.Random(seed)
    plan = [("none", "none")] * n if negatives else kinds_and_forms(rng, n)
    return [make(StandInVoice(), rng, f"S{seed}P{k:03d}", f"9001_{stamp}_S{seed}P{k:03d}", tmp_path, plan[k])
            for k in range(n)]


def calls(tmp_path: Path, seed: int, n: int, negatives: bool = False) -> list[dict]:
    return stand_in_calls(B.make_blind7_call, B.kinds_and_forms, "20261126-190000", tmp_path, seed, n, negatives)


def test_every_kind_and_form_is_read_before_any_is_read_twice():
    plan = B.kinds_and_forms(random.Random(7), 44)
    pairs = Counter(plan)
    assert len(pairs) == len(set(plan[:31])) == 31  # 6 shared forms x 4 kinds + 7 of one kind's own
    assert max(pairs.values()) - min(pairs.values()) <= 1
    assert {form for _, form in plan} == set(B.FORMS["any"]) | {f for k in B.ASK7 for f in B.FORMS[k]}


@pytest.mark.parametrize("seed", [7, 21])
def test_the_last_reading_of_a_number_spells_it_and_each_lies_in_its_turn(tmp_path, seed):
    for truth in calls(tmp_path, seed, 31):
        said = "".join(digits_of(r["text"]) for r in truth["readings"] if r["role"] == "customer")
        if truth["form"] in ("corrected", "twice"):  # its last readings spell the number
            assert said.endswith(truth["number"]), truth
        else:  # area_ext: the area code and the number; the extension after 转 is no reading
            assert said == truth["number"], truth
        texts = [t for turn in truth["turns"] for t in turn["readings"]]
        assert texts == [r["text"] for r in truth["readings"]]
        assert all(r in turn["text"] for turn in truth["turns"] for r in turn["readings"])


def test_numbers_are_valid_of_their_kind(tmp_path):
    for truth in calls(tmp_path, 7, 31):
        n = truth["number"]
        if truth["kind"] == "id_card":  # check digit and birth date (stdnum also wants the region to
            assert n[-1] == ric.calc_check_digit(n)  # have existed at birth: real cards read otherwise)
            assert ric.get_birth_date(n)
        if truth["kind"] == "bank_card":
            assert luhn.is_valid(n)
        if truth["form"] == "x_letter":
            assert n.endswith("X")
        if truth["form"] == "liang":
            assert "两" in "".join(r["text"] for r in truth["readings"])


def test_readings_and_negatives_lie_inside_the_call_and_apart(tmp_path):
    for truth in calls(tmp_path, 8, 12, negatives=True) + calls(tmp_path, 9, 12):
        audio = json.loads((tmp_path / f"9001_20261126-190000_{truth['call_id']}.truth.json").read_text())
        assert audio == json.loads(json.dumps(truth))
        spans = [tuple(r["span_s"]) for r in truth["readings"]] + [tuple(n["span_s"]) for n in truth["negatives"]]
        spans.sort()
        assert all(a < b for a, b in spans)
        assert all(b1 <= a2 for (_, b1), (a2, _) in zip(spans, spans[1:]))
    assert {t["kind"] for t in calls(tmp_path, 8, 12, negatives=True)} == {"none"}


def test_negative_lines_read_no_personal_number(tmp_path):
    lines = [n["text"] for t in calls(tmp_path, 8, 40, negatives=True) for n in t["negatives"]]
    assert len(set(lines)) > 15
    for line in lines:
        for run in re.findall("[零一二三四五六七八九幺两洞拐]{11,}", line):
            digits = digits_of(run)
            assert not (len(digits) == 18 and ric.is_valid(digits))
            assert not re.fullmatch(r"1[3-9]\d{9}", digits)
