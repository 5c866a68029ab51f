"""``--forms blind7``: personal numbers read the ways the ``wide`` forms never do, and new hard negatives.

Written before the detector's code was read (issue 15, set 7), from how people read numbers on
the phone in Mandarin:

- cards 4-4-4-4 (19 digits 4-4-4-4-3); 身份证 by named parts (前六位是…, 中间…, 后四位…), or
  ending in X read as 叉 / 艾克斯; mobiles after 加八六 or in pairs (幺三八，幺二，四五 …);
  landlines after 区号 with 杠 and a 转 extension; a QQ-mail address (…艾特扣扣点康姆);
- digits as 两 for 2, radio style (洞 for 0, 拐 for 7, 幺, 两);
- a reading corrected halfway (不对不对，是…), read twice (我再说一遍), broken by the
  customer's own aside (您等一下啊，我看一下), or read group by group with the agent's
  嗯 / 对 / 好 between (and sometimes the agent echoing each group);
- hard negatives: prices in 块/毛, percentages and discounts, flight and train numbers, a
  快递单号 and a 合同编号 named as such, room and flat numbers, years and ages, postcodes,
  points, and 工号 read as 幺零八七号客服 or 客服编号.

A reading made of several pieces (corrected, twice, aside, named parts, area code and number) is
several readings in the truth, one per piece of digits, so that the words between them (区号, 杠,
转 and the extension, 前六位是, the aside) need no tone.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from pathlib import Path

import numpy as np

import generate as G
from heldout import ALL_VOICES, KokoroEngine
from pii_calls import ASK, NUM, SR, Timeline, make_number

ASK7 = dict(ASK, email="您留一个邮箱吧，我把电子发票发给您。")
CARRIER7 = {
    "mobile": ("手机是", "您记一下我手机，", "打我这个号，", "我电话是"),
    "landline": ("我们单位的电话，", "座机号码是", "您打我办公室，"),
    "id_card": ("证件号码是", "身份证号我报一下，", "身份证是"),
    "bank_card": ("卡号您记一下，", "我那张卡是", "工资卡的卡号是"),
    "email": ("邮箱是", "我的邮箱，"),
}
FORMS = {  # forms every kind of number can take, and each kind's own
    "any": ("group_turns", "corrected", "twice", "aside", "liang", "radio"),
    "mobile": ("plus86", "pairs"),
    "landline": ("area_ext",),
    "id_card": ("x_letter", "named_parts"),
    "bank_card": ("fours",),
    "email": ("qq_mail",),
}
ASIDES = ("您等一下啊，我看一下，", "哎，小宝别闹，", "稍等我找找，", "嗯……让我想想，")
ACKS = ("嗯。", "对。", "好。", "嗯，好的。", "您继续。")

NEGATIVE7 = {
    "agent": ("这个套餐是三十九块九毛一个月，比原来便宜十块。", "贷款利率是百分之四点三五，手续费百分之零点六。",
              "您的快递单号是{express}，明天就能送到。", "给您安排的是{room}房间，在十二楼。",
              "我是{staff4}号客服，很高兴为您服务。", "客服编号{staff}，有问题可以随时找我。",
              "合同编号是{contract}，您核对一下。", "您现在的积分是三万两千四百分，可以兑换。",
              "活动从二零二六年十二月一号到一月十五号，全场打八五折。", "邮编写{postcode}就行，地址写到三栋二单元。"),
    "customer": ("我今年六十八岁了，二零零三年就开始用你们的卡了。", "我坐的是东航五幺零三航班，下午四点二十落地。",
                 "我住在五栋二单元{room}，你们上门前打个电话。", "快递单号{express}，你帮我查查到哪了。",
                 "一共才二百四十八块五毛，怎么扣了三百多？", "上次那个{staff4}号客服说给我退百分之三十。",
                 "我一九九八年就在你们这办的业务，二十多年了。", "合同号是{contract}，你们系统里应该有。",
                 "我买的是高铁一二三四次的票，七点零五分的车。", "我孩子才十三岁，今年上初一。"),
}


def spoken7(digits: str, rng: random.Random, style: str) -> str:
    """Digits (and a final X) as a customer says them: plain, 两 for 2, or radio style."""
    chars = "".join(NUM.get(c, c) for c in digits)
    if style == "radio":
        return chars.translate(str.maketrans({"零": "洞", "七": "拐", "一": "幺", "二": "两"}))
    if style == "liang":
        chars = chars.replace("二", "两")
    if rng.random() < 0.5:
        chars = chars.replace("一", "幺")
    return chars.replace("X", rng.choice(("叉", "艾克斯")))


def chunks(digits: str, sizes: tuple[int, ...]) -> list[str]:
    out, at = [], 0
    for size in sizes:
        out.append(digits[at:at + size])
        at += size
    return [c for c in out if c] + ([digits[at:]] if digits[at:] else [])


def said_groups(digits: str, sizes: tuple[int, ...], rng: random.Random, style: str) -> list[str]:
    """``digits`` cut into groups, then said as one reading (one 幺 / 叉 choice for all of it)."""
    return spoken7("，".join(chunks(digits, sizes)), rng, style).split("，")


def groups7(kind: str, number: str, form: str) -> tuple[int, ...]:
    if form == "pairs":
        return (3, 2, 2, 2, 2)
    if kind == "bank_card":
        return (4, 4, 4, 4, 4)
    if kind == "id_card":
        return (6, 8, 4) if form == "named_parts" else (3, 3, 4, 4, 4)
    if kind == "landline":
        area = 3 if number[:2] in ("01", "02") else 4
        return (area, 4, 4)
    return (3, 4, 4)


def number7(kind: str, form: str, rng: random.Random) -> str:
    if kind == "email":
        return f"{rng.randint(1, 9)}{rng.randint(10 ** 7, 10 ** 9 - 1)}"  # a QQ number, 9-10 digits
    if kind == "id_card" and form == "x_letter":
        while (n := make_number("id_card", rng))[-1] != "X":
            pass
        return n
    if form == "liang":  # a number with a 2 in it, or 两 has nothing to stand for
        while "2" not in (n := make_number(kind, rng)):
            pass
        return n
    if kind == "bank_card" and form == "fours":
        while len(n := make_number("bank_card", rng)) not in (16, 19):
            pass
        return n
    return make_number(kind, rng)


def negative7(template: str, rng: random.Random) -> str:
    digits = lambda n: "".join(rng.choice("0123456789") for _ in range(n))  # noqa: E731
    fill = {"express": rng.choice("3457") + digits(rng.choice((11, 12, 14))),
            "contract": f"2026{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}" + digits(4),
            "room": f"{rng.randint(1, 30)}{rng.randint(1, 20):02d}", "staff4": f"{rng.randint(1000, 9999)}",
            "staff": f"{rng.randint(100000, 999999)}", "postcode": f"{rng.randint(10, 85)}{rng.randint(0, 9999):04d}"}
    said = {k: spoken7(v, rng, "plain") for k, v in fill.items()}
    return template.format(**said)


class Call7:
    """One call being written: turns made of pieces, each piece's seconds kept for the truth."""

    def __init__(self, engine: KokoroEngine, rng: random.Random):
        self.engine, self.rng, self.tl = engine, rng, Timeline()
        self.voices = dict(zip(("agent", "customer"), rng.sample(ALL_VOICES, 2)))
        self.readings: list[dict] = []
        self.negatives: list[dict] = []
        self.turns: list[dict] = []  # what was said, for measuring the detector on text before Whisper

    def turn(self, role: str, pieces: list[tuple[str, bool]], speed: float = 0.8) -> list[tuple[float, float]]:
        """Say ``pieces`` (text, is a reading) as one turn with short joins, then a pause; their seconds."""
        spans = []
        for k, (text, is_reading) in enumerate(pieces):
            if k:
                self.tl.say(role, np.zeros(int(self.rng.uniform(0.1, 0.2) * SR)))
            spans.append(self.tl.say(role, self.engine.phrase(text, self.voices[role], speed if is_reading else 0.8)))
            if is_reading:
                self.readings.append({"role": role, "span_s": spans[-1], "text": text})
        self.turns.append({"role": role, "text": "".join(text for text, _ in pieces),
                           "readings": [text for text, is_reading in pieces if is_reading]})
        self.tl.pause(self.rng.uniform(0.5, 0.8))
        return spans

    def negative(self, role: str) -> None:
        text = negative7(self.rng.choice(NEGATIVE7[role]), self.rng)
        self.negatives.append({"role": role, "text": text, "span_s": self.turn(role, [(text, False)])[0]})


def read_number(call: Call7, kind: str, number: str, form: str) -> None:
    """The customer's reading(s) of ``number`` in ``form``, with the agent's lines around them."""
    rng = call.rng
    speed = rng.uniform(0.62, 0.85)
    style = form if form in ("liang", "radio") else "plain"
    groups = said_groups(number, groups7(kind, number, form), rng, style)
    carrier = (rng.choice(CARRIER7[kind]), False)
    joined = "，".join(groups) + "。"
    if form == "group_turns":
        call.turn("customer", [carrier])
        for k, group in enumerate(groups):
            call.turn("customer", [(group + "。", True)], speed)
            if k < len(groups) - 1:
                echo = rng.random() < 0.4
                call.turn("agent", [(group + "，", True), (rng.choice(ACKS), False)] if echo
                          else [(rng.choice(ACKS), False)])
    elif form == "corrected":
        wrong = list(number)
        at = rng.randrange(3, 7)
        wrong[at] = str((int(wrong[at]) + rng.randint(1, 9)) % 10)
        half = said_groups("".join(wrong[:at + 1]), groups7(kind, number, form), rng, "plain")
        call.turn("customer", [carrier, ("，".join(half) + "……", True), ("不对不对，是", False), (joined, True)], speed)
    elif form == "twice":
        call.turn("customer", [carrier, (joined, True), (rng.choice(("我再说一遍，", "我再报一遍啊，")), False),
                               ("，".join(said_groups(number, groups7(kind, number, form), rng, "plain")) + "。",
                                True)], speed)
    elif form == "aside":
        cut = max(1, len(groups) // 2)
        call.turn("customer", [carrier, ("，".join(groups[:cut]) + "，", True), (rng.choice(ASIDES), False),
                               ("，".join(groups[cut:]) + "。", True)], speed)
    elif form == "plus86":
        call.turn("customer", [carrier, (rng.choice(("加八六，", "八六，")), False), (joined, True)], speed)
    elif form == "area_ext":
        area, rest = groups[0], "".join(groups[1:])
        named = [("区号", False)] if rng.random() < 0.5 else []
        call.turn("customer", named + [(area, True), ("杠", False), (rest, True), ("转", False),
                                       (spoken7(f"{rng.randint(100, 9999)}", rng, "plain") + "。", False)], speed)
    elif form == "named_parts":
        call.turn("customer", [carrier, ("前六位是", False), (groups[0] + "，", True), ("中间是", False),
                               (groups[1] + "，", True), ("后四位是", False), (groups[2] + "。", True)], speed)
    elif form == "qq_mail":
        call.turn("customer", [carrier, ("".join(groups), True), ("，艾特，扣扣点康姆。", False)], speed)
    else:  # liang, radio, pairs, fours, x_letter: one turn, grouped
        call.turn("customer", [carrier, (joined, True)], speed)


def kinds_and_forms(rng: random.Random, n: int) -> list[tuple[str, str]]:
    """``n`` (kind, form) pairs: every pair once in a shuffled cycle before any comes twice."""
    pairs = [(kind, form) for kind in ASK7 for form in FORMS[kind] + (FORMS["any"] if kind != "email" else ())]
    return shuffled_cycle(rng, pairs, n)


def shuffled_cycle(rng: random.Random, pairs: list, n: int) -> list:
    """``n`` of ``pairs``: each once, in a shuffled order, before any comes again."""
    out: list = []
    while len(out) < n:
        out += rng.sample(pairs, len(pairs))
    return out[:n]


def kinds_and_forms_of(ask: dict, forms: dict) -> Callable[[random.Random, int], list[tuple[str, str]]]:
    """A writer's ``kinds_and_forms(rng, n)`` over the kinds of ``ask``, each in its own ``forms``
    and in ``forms["any"]`` (blind21 onwards; blind7 and blind17 leave e-mail out of "any")."""
    def kinds_and_forms(rng: random.Random, n: int) -> list[tuple[str, str]]:
        """``n`` (kind, form) pairs: every pair once in a shuffled cycle before any comes twice."""
        return shuffled_cycle(rng, [(kind, form) for kind in ask for form in forms[kind] + forms["any"]], n)
    return kinds_and_forms


def make_blind7_call(engine: KokoroEngine, rng: random.Random, call_id: str, stem: str, out: Path,
                     kind_form: tuple[str, str] = ("none", "none")) -> dict:
    """A call reading one number as ``kind_form`` says, or a hard negative throughout (kind "none")."""
    kind, form = kind_form
    call = Call7(engine, rng)
    call.negative("agent")
    number = ""
    if kind == "none":
        for role in ("customer", "agent", "customer"):
            call.negative(role)
    else:
        number = number7(kind, form, rng)
        call.turn("agent", [(ASK7[kind], False)])
        read_number(call, kind, number, form)
        if rng.random() < 0.5:
            call.negative("customer")
    call.turn("agent", [("好的，已经帮您登记了，感谢您的来电，再见。", False)])
    truth = {"call_id": call_id, "kind": kind, "number": number, "form": form, "readings": call.readings,
             "span_s": call.readings[0]["span_s"] if call.readings else None, "negatives": call.negatives,
             "voices": call.voices, "forms": "blind7", "turns": call.turns}
    G.write_call(out, stem, call.tl.audio(), truth)
    return truth
