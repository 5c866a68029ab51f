"""``--forms blind17``: personal numbers read in ways neither ``wide``, ``blind7`` nor ``blind9`` has, and new hard negatives.

Written blind (set 17), without reading the detector, after reading the ``wide``, ``blind7`` and
``blind9`` forms so as to avoid them.  Nobody tuning the detector should read this module: the
set it makes is only worth something while the detector has not been fitted to it.

Forms every kind of number can take:

- ``eyes_pauses``: read off a card or a list, in uneven runs of 3-5 digits with long silent gaps
  (0.9-1.6 s) where the eyes move, no words between;
- ``one_digit_fixed``: one digit said wrong and put right at once (…哦不对，是六，…), the reading
  going on from that digit (two readings: up to the wrong digit, and from the right one on);
- ``elderly_slow``: a very slow elderly reader (Kokoro speed 0.48-0.58, the slowest of any set),
  three or four digits at a time with 啊 between and a line asking the agent not to hurry;
- ``relative_relays``: a relative in the background (a third voice, quieter, on the customer's
  channel) says the number group by group and the customer repeats each group to the agent;
- ``three_turns_question``: the number split over three customer turns because the agent asks an
  unrelated question (借记卡还是信用卡？ …) and then 后面呢？;
- ``tail_repeat``: the agent asks to hear only the last four again; the customer says them;
- ``owner_named``: the number given as someone else's, with that person's name said before it.

Each kind's own: mobiles said tail first (尾号…的那个，全号是…, ``tail_first``); landlines with the
area code after the local number (``area_last``); a 身份证 ending in X said as 罗马数字的十 /
打叉的那个叉 / 大写字母叉 (``x_roman``); a bank card after a wrong card that the agent turns down
(``wrong_card_first``); and an email that is a mobile number at 163 (``mobile_at_163``).

Readings that repeat part of a number already said in full (the tail in ``tail_repeat`` and
``tail_first``) carry ``partial: true``; the relative's readings carry ``speaker: relative``.
A name said with a number (``owner_named``) is listed under ``names`` (not a reading kind here).

New hard negatives: 发票代码 and 发票号码, electricity and water meter readings, 席位 numbers
(…号席的小周), a meeting number in three groups, an air-conditioner model and its price, a
mortgage in 万 and 千, the 12358 and 95566 lines, a 动车 with carriage and seat, an appliance's
12-digit serial number, a stock code, an 国航 flight, a flat's price and its fees, a 药品批准文号,
a lottery ticket's numbers.

English digits and letters are left out: Kokoro's Chinese voice drops Latin letters.
"""

from __future__ import annotations

import random
from pathlib import Path

import numpy as np

import generate as G
from heldout import ALL_VOICES
from pii_blind7 import Call7, chunks, shuffled_cycle
from pii_blind9 import _cn, said9, sizes9
from pii_calls import ASK, NUM, SR, make_number

ASK17 = dict(ASK, email="电子保单发到哪个邮箱？您说一下。")
CARRIER17 = {
    "mobile": ("联系电话，", "我这个手机，", "号码你记好，"),
    "landline": ("我家里的号码，", "门市部的电话，", "单位总台那个，"),
    "id_card": ("证上的号，", "我身份证上印的，", "身份证号码，嗯，"),
    "bank_card": ("这张卡，", "卡面上的号，", "我报卡号啊，"),
    "email": ("邮箱，",),
}
FORMS = {  # forms every kind of number can take (email: its own only), and each kind's own
    "any": ("eyes_pauses", "one_digit_fixed", "elderly_slow", "relative_relays", "three_turns_question",
            "tail_repeat", "owner_named"),
    "mobile": ("tail_first",),
    "landline": ("area_last",),
    "id_card": ("x_roman",),
    "bank_card": ("wrong_card_first",),
    "email": ("mobile_at_163",),
}
LOOKING = {"mobile": "我翻一下通讯录，", "landline": "我看一下墙上贴的那张纸，", "id_card": "我拿着身份证对着念，",
           "bank_card": "我把卡翻过来看啊，"}
ELDER = ("姑娘，我年纪大了，念得慢，你别着急啊，", "小伙子，我眼睛不好，慢慢给你念，", "你记一下啊，我一个一个说，不着急，")
RELATIVE_ASK = ("我问一下我儿子啊，他记得，", "等会儿，我让我闺女念，我跟你说，", "我老伴知道，我问问他，")
OWNER = {"mobile": ("这个手机是我老伴的，她叫{name}，", "留我女儿的吧，她叫{name}，"),
         "landline": ("座机登记的是我爸的名字，{name}，", "那个电话是{name}家的，"),
         "id_card": ("给我妈办的，她叫{name}，", "身份证是{name}的，我替他办，"),
         "bank_card": ("卡是我爱人的，户名{name}，", "用{name}的卡，"),
         "email": ("",)}
NAMES = ("刘桂兰", "张建国", "王秀英", "陈志强", "李淑芬", "赵卫东", "孙玉梅", "周国华")
MID_QUESTION = {"mobile": ("这个号是您本人实名的吗？", "是本人的，"), "landline": ("是住宅电话还是单位的？", "住宅的，"),
                "id_card": ("是您本人来办理吗？", "是本人，"), "bank_card": ("是借记卡还是信用卡？", "借记卡，")}
TAIL_ASK = ("不好意思，最后四位我没听清楚，麻烦您再说一下最后四位。", "后四位再跟我说一次好吗？刚才有点杂音。")
TAIL_SAY = ("最后四个是，", "后四位，")
FIX = ("哦不对，是", "说错了，是", "不是不是，是")
X_SAID = ("罗马数字的十", "打叉的那个叉", "大写字母叉")
WRONG_CARD = ("这张卡不是您绑定的那张，尾号对不上，您看看还有别的卡吗？", "系统里绑的不是这张，麻烦您再找一下。")

NEGATIVE17 = {
    "agent": ("发票代码是{invoice12}，发票号码是{invoice8}，您报销的时候填这两个。",
              "您家电表这个月的读数是{meter}，比上个月多用了{kwh}度电。",
              "我是{seat}号席的小周，您有事可以直接找我。",
              "会议号是{m1}，{m2}，{m3}，下午三点开始，您提前五分钟进。",
              "这款空调的型号是{model}，一级能效，活动价{price}元。",
              "首付大概{wan}万，月供{qian}千左右，贷三十年。",
              "价格的问题您可以打一二三五八，银行的事打九五五六六。",
              "给您换的是动车{train}次，{car}号车厢{row}排。"),
    "customer": ("我这台冰箱机身上的序列号是{serial}，去年才买的。",
                 "我看了一下水表，读数是{water}吨，不可能用这么多。",
                 "股票代码{stock}，我就想问问能不能撤单。",
                 "我订的是国航{flight}航班，{month}月{day}号早上的。",
                 "房子是{wan}万买的，物业费一个月{fee}块。",
                 "你们{seat}号席那个姑娘说三天给我回话的。",
                 "药盒上写的国药准字{drug}，你们查一下是不是真的。",
                 "我买的彩票是{l1}，{l2}，{l3}，{l4}，{l5}，{l6}，就差一个号。"),
}
REGIONS = ("4403", "3100", "1100", "3201", "4401", "5101")


def said17(digits: str, rng: random.Random) -> str:
    """Digits as said, 幺 or 一 for the whole reading, X as 叉 (blind9's plain reading)."""
    return said9(digits, rng)


def groups17(kind: str, number: str, rng: random.Random) -> list[str]:
    return [said17(g, rng) for g in chunks(number, sizes9(kind, number, "plain"))]


def number17(kind: str, form: str, rng: random.Random) -> str:
    if kind == "email":  # the mailbox is named by a mobile number
        return make_number("mobile", rng)
    if form == "x_roman":
        while (n := make_number("id_card", rng))[-1] != "X":
            pass
        return n
    return make_number(kind, rng)


class Call17(Call7):
    """Call7 with turns whose pieces may have their own gaps, speed, voice and loudness."""

    def say_turn(self, role: str, pieces: list[tuple], speed: float = 0.8, gaps: tuple[float, float] = (0.1, 0.2),
                 all_at_speed: bool = False, voice: str | None = None, gain: float = 1.0,
                 speaker: str | None = None) -> list[tuple[float, float]]:
        """Say ``pieces`` ((text, is a reading[, extra truth keys]) ...) as one turn; their seconds."""
        spans = []
        for k, (text, is_reading, *extra) in enumerate(pieces):
            if k:
                self.tl.say(role, np.zeros(int(self.rng.uniform(*gaps) * SR)))
            clip = self.engine.phrase(text, voice or self.voices[role], speed if is_reading or all_at_speed else 0.8)
            spans.append(self.tl.say(role, gain * clip))
            if is_reading:
                reading = {"role": role, "span_s": spans[-1], "text": text}
                if speaker:
                    reading["speaker"] = speaker
                for e in extra:
                    reading.update(e)
                self.readings.append(reading)
        turn = {"role": role, "text": "".join(p[0] for p in pieces), "readings": [p[0] for p in pieces if p[1]]}
        if speaker:
            turn["speaker"] = speaker
        self.turns.append(turn)
        self.tl.pause(self.rng.uniform(0.5, 0.8))
        return spans


def three_parts(groups: list[str]) -> list[list[str]]:
    """Groups split into three runs, as even as they come."""
    n = len(groups)
    cuts = (0, round(n / 3) or 1, round(2 * n / 3) or 2, n)
    return [groups[cuts[i]:cuts[i + 1]] for i in range(3) if groups[cuts[i]:cuts[i + 1]]]


def uneven_runs(number: str, rng: random.Random, sizes: tuple[int, int] = (3, 5)) -> list[str]:
    """Runs of 3-5 digits (the last up to 7), where a reader's eyes would stop."""
    out, at = [], 0
    while at < len(number):
        size = rng.randint(*sizes)
        if len(number) - at - size < 3:  # no run under three digits: Kokoro clips of <= 2 characters are cut to one sound
            size = len(number) - at
        out.append(number[at:at + size])
        at += size
    return out


def read_number(call: Call17, kind: str, number: str, form: str, truth_names: list) -> None:
    """The reading(s) of ``number`` in ``form``, with the lines around them."""
    rng = call.rng
    speed = rng.uniform(0.65, 0.9)
    groups = groups17(kind, number, rng)
    carrier = (rng.choice(CARRIER17[kind]), False)
    joined = "，".join(groups) + "。"
    if form == "eyes_pauses":
        runs = [said17(r, rng) for r in uneven_runs(number, rng)]
        call.say_turn("customer", [(LOOKING[kind], False)] + [(r + ("。" if k == len(runs) - 1 else "，"), True)
                                                               for k, r in enumerate(runs)],
                      speed, gaps=(0.9, 1.6))
    elif form == "one_digit_fixed":
        at = rng.randrange(4, len(number) - 3)
        wrong = str((int(number[at]) + rng.randint(1, 9)) % 10)
        sizes = sizes9(kind, number, "plain")
        head = "，".join(said17(g, rng) for g in chunks(number[:at] + wrong, sizes))
        # the rest: the right digit, then what is left of its group, then the other groups
        ends = np.cumsum(sizes)
        end = int(next(e for e in ends if e > at))
        tail = [number[at:end]] + chunks(number[end:], tuple(s for s, e in zip(sizes, ends) if e > end))
        fixed = "，".join(said17(g, rng) for g in tail if g)
        call.say_turn("customer", [carrier, (head + "……", True), (rng.choice(FIX), False), (fixed + "。", True)], speed)
    elif form == "elderly_slow":
        slow = rng.uniform(0.48, 0.58)
        pieces: list[tuple] = [(rng.choice(ELDER), False)]
        runs = uneven_runs(number, rng, (3, 4))
        for k, r in enumerate(runs):
            pieces.append((said17(r, rng) + ("。" if k == len(runs) - 1 else "，"), True))
            if k < len(runs) - 1 and rng.random() < 0.4:
                pieces.append(("啊，", False))
        call.say_turn("customer", pieces, slow, gaps=(0.4, 0.9), all_at_speed=True)
    elif form == "relative_relays":
        relative = rng.choice([v for v in ALL_VOICES if v not in call.voices.values()])
        call.say_turn("customer", [(rng.choice(RELATIVE_ASK), False)])
        for k, g in enumerate(groups):
            end = "。" if k == len(groups) - 1 else "，"
            call.say_turn("customer", [(g + end, True)], speed, voice=relative, gain=0.35, speaker="relative")
            call.say_turn("customer", [(g + end, True)], speed)
    elif form == "three_turns_question":
        parts = three_parts(groups)
        question, answer = MID_QUESTION[kind]
        call.say_turn("customer", [carrier, ("，".join(parts[0]) + "，", True)], speed)
        call.say_turn("agent", [(question, False)])
        call.say_turn("customer", [(answer, False), ("，".join(parts[1]) + "，", True)], speed)
        call.say_turn("agent", [(rng.choice(("嗯，后面呢？", "好，然后呢？")), False)])
        call.say_turn("customer", [("，".join(parts[2]) + "。", True)], speed)
    elif form == "tail_repeat":
        call.say_turn("customer", [carrier, (joined, True)], speed)
        call.say_turn("agent", [(rng.choice(TAIL_ASK), False)])
        call.say_turn("customer", [(rng.choice(TAIL_SAY), False), (said17(number[-4:], rng) + "。", True,
                                                                   {"partial": True})], speed)
    elif form == "owner_named":
        name = rng.choice(NAMES)
        line = rng.choice(OWNER[kind]).format(name=name)
        spans = call.say_turn("customer", [(line, False), (joined, True)], speed)
        truth_names.append({"role": "customer", "text": name, "line_span_s": spans[0]})
    elif form == "tail_first":
        call.say_turn("customer", [("尾号", False), (said17(number[-4:], rng), True, {"partial": True}),
                                   ("的那个，全号是", False), (joined, True)], speed)
    elif form == "area_last":
        area = groups[0]
        call.say_turn("customer", [carrier, ("，".join(groups[1:]) + "，", True), ("前面加", False),
                                   (area + "。", True)], speed)
    elif form == "x_roman":
        body = [said17(g, rng) for g in chunks(number[:17], (6, 4, 4, 3))]
        call.say_turn("customer", [carrier, ("，".join(body) + "，", True), ("最后一位是", False),
                                   (rng.choice(X_SAID) + "。", True)], speed)
    elif form == "wrong_card_first":
        while (other := make_number("bank_card", rng))[-4:] == number[-4:]:
            pass
        call.say_turn("customer", [carrier, ("，".join(groups17(kind, other, rng)) + "。", True)], speed)
        call.say_turn("agent", [(rng.choice(WRONG_CARD), False)])
        call.say_turn("customer", [(rng.choice(("哦，那是这张，", "那应该是这张，")), False), (joined, True)], speed)
    elif form == "mobile_at_163":
        call.say_turn("customer", [("我邮箱就是手机号，", False), ("，".join(groups17("mobile", number, rng)), True),
                                   ("，艾特，一六三点康姆。", False)], speed)
    else:
        raise ValueError(form)


def kinds_and_forms(rng: random.Random, n: int) -> list[tuple[str, str]]:
    """``n`` (kind, form) pairs: every pair once in a shuffled cycle before any comes twice."""
    pairs = [(kind, form) for kind in ASK17 for form in FORMS[kind] + (FORMS["any"] if kind != "email" else ())]
    return shuffled_cycle(rng, pairs, n)


def make_blind17_call(engine, rng: random.Random, call_id: str, stem: str, out: Path,
                      kind_form: tuple[str, str] = ("none", "none")) -> dict:
    """A call reading one number as ``kind_form`` says, or a hard negative throughout (kind "none")."""
    kind, form = kind_form
    call = Call17(engine, rng)
    negative(call, "agent")
    number, names = "", []
    if kind == "none":
        for role in ("customer", "agent", "customer"):
            negative(call, role)
    else:
        number = number17(kind, form, rng)
        call.say_turn("agent", [(ASK17[kind], False)])
        read_number(call, kind, number, form, names)
        if rng.random() < 0.5:
            negative(call, "customer")
    call.say_turn("agent", [("好的，已经帮您登记了，感谢您的来电，再见。", False)])
    truth = {"call_id": call_id, "kind": kind, "number": number, "form": form, "readings": call.readings,
             "span_s": call.readings[0]["span_s"] if call.readings else None, "negatives": call.negatives,
             "voices": call.voices, "forms": "blind17", "turns": call.turns, "names": names}
    G.write_call(out, stem, call.tl.audio(), truth)
    return truth


def negative17(template: str, rng: random.Random) -> str:
    digits = lambda n, first="0123456789": rng.choice(first) + "".join(  # noqa: E731
        rng.choice("0123456789") for _ in range(n - 1))
    d = lambda s: said17(s, rng)  # noqa: E731
    fill = {"invoice12": d("1" + rng.choice(REGIONS) + "26" + digits(5)), "invoice8": d(digits(8)),
            "meter": d(digits(5)) + "点" + NUM[str(rng.randint(0, 9))], "kwh": _cn(rng.randint(40, 600)),
            "water": d(digits(4, "0")) + "点" + NUM[str(rng.randint(0, 9))],
            "seat": _cn(rng.randint(1, 60)), "m1": d(digits(3, "6789")), "m2": d(digits(3)), "m3": d(digits(3)),
            "model": d(digits(5, "23579")), "price": _cn(rng.randint(1999, 8999)), "wan": _cn(rng.randint(30, 99)),
            "qian": _cn(rng.randint(3, 9)), "train": d(digits(4, "123456789")), "car": _cn(rng.randint(1, 16)),
            "row": _cn(rng.randint(1, 20)), "serial": d(digits(12, "89")),
            "stock": d(rng.choice(("600", "000", "300", "601")) + digits(3)), "flight": d(digits(4, "14")),
            "month": _cn(rng.randint(1, 12)), "day": _cn(rng.randint(1, 28)), "fee": _cn(rng.randint(80, 600)),
            "drug": d(rng.choice(("1", "2")) + "0" + digits(6)),
            **{f"l{k}": d(f"{rng.randint(1, 33):02d}") for k in range(1, 7)}}
    return template.format(**fill)


def negative(call: Call17, role: str) -> None:
    text = negative17(call.rng.choice(NEGATIVE17[role]), call.rng)
    call.negatives.append({"role": role, "text": text, "span_s": call.say_turn(role, [(text, False)])[0]})
