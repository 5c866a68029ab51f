"""``--forms blind29``: personal numbers read in ways none of ``wide``, ``blind7``, ``blind9``, ``blind17`` to ``blind28`` has, and new hard negatives.

Written blind (set 29), without reading the detector, after reading the ``wide``, ``blind7``,
``blind9``, ``blind17`` to ``blind28`` forms so as to avoid them.  Nobody tuning the detector
should read this module: the set it makes is only worth something while the detector has not been
fitted to it.

Forms every kind of number can take:

- ``then_between``: the groups joined by spoken connectives (…，然后，…，接着，…), the way some
  callers pace a number; the words are part of the reading's text (``then_words``: how many);
- ``sniff_between``: a caller with a blocked nose sniffs between two groups of one reading (a short
  rising rush of breath noise, no word; ``sniff_after``: the group's index).  The reading's text is
  the digits only; the sniff is inside its seconds;
- ``cicadas``: she is outside under the trees in summer (外面知了叫得厉害): the rasping buzz of
  cicadas, pulsing and swelling in waves, under her turn, 7-11 dB under her speech
  (``background``, ``what: cicadas``);
- ``lawn_mower``: a lawn mower at work below her window (楼下在割草): a small engine's firing
  drone with its harmonics and the whirr of the blade, its load rising and falling, 6-10 dB under
  her speech (``background``, ``what: mower``).

Each kind's own: a mobile read as its first seven digits and then the last four (``seven_four``,
``sizes``); a landline that is not hers but the shop downstairs, whose owner will call her to the
phone (``shop_downstairs``: the reading carries ``via_shop: true``); a 身份证 read in nine pairs of
two digits (``nine_pairs``, ``sizes``); a bank card read in groups of five, the last group taking
what is left (``fives``, ``sizes``).  20 (kind, form) pairs.  No email, no look-alikes.

New hard negatives (nine agent lines, nine customer lines): a sleeper berth and its carriage and
departure time, a cinema's 取票码 (6 digits), a driving licence's points deducted and left, a
baby's vaccine date and the minutes to wait after, a meeting room and hour and how many come, a
set-top box serial's last eight digits, a gas meter reading and the month's use, a fridge's litres
and its compressor's guarantee in months, a service window and the people queueing; a fund's code
(6 digits), a parcel locker's cabinet and slot, a fish caught and its weight in 斤 and 两, balls of
wool and weeks of knitting, her age and zodiac animal, an air conditioner's set temperature and fan
speed, a dog's age, weight and shots, a watch's year and the serial on its back (7 digits), a
television's size and years.  Every digit string is drawn until it is no valid mobile, landline,
身份证 or card, and no stretch inside is one (blind21's ``_free``).

English digits and letters are left out: Kokoro's Chinese voice drops Latin letters.
"""

from __future__ import annotations

import random
from pathlib import Path

import numpy as np
from scipy.signal import butter, lfilter

from pii_blind7 import chunks, kinds_and_forms_of
from pii_blind9 import said9
from pii_blind18 import personal  # noqa: F401  (tests use it from here)
from pii_blind20 import raw_groups
from pii_blind21 import Draw
from pii_blind23 import _under
from pii_blind24 import _norm, said_groups
from pii_blind28 import Call28
from pii_calls import ASK, CLOSING_NOTED, SR, NumberCallFrame, number_any_form

ASK29 = dict(ASK)
CARRIER29 = {
    "mobile": ("手机号码你拿笔写一下，", "我现在用的这个手机号，", "打我手机吧，我报给你，"),
    "landline": ("座机你记这个号，", "留个座机给你，是", "固定电话的话是这个，"),
    "id_card": ("我把身份证号报一下，", "身份证你登记一下，号码是", "我身份证号码你核对一下，"),
    "bank_card": ("你记一下我的卡号，", "退款打到这张卡上，卡号是", "我那张储蓄卡，号码是"),
}
FORMS = {  # forms every kind of number can take, and each kind's own
    "any": ("then_between", "sniff_between", "cicadas", "lawn_mower"),
    "mobile": ("seven_four",),
    "landline": ("shop_downstairs",),
    "id_card": ("nine_pairs",),
    "bank_card": ("fives",),
}
THEN = ("然后", "接着", "再往下")
SNIFF_LEAD = ("不好意思我感冒了，鼻子堵着，", "我这两天鼻炎犯了，说话有点囔，")
CICADA = ("我在外面树底下呢，知了叫得厉害，", "外头知了吵得很，你听得清吧，")
MOWER = ("楼下在割草，吵死了，", "我们小区在割草坪，声音大，你将就听一下，")
SHOP = ("我家没装座机，这是楼下小卖部的电话，", "座机我家没有，留个楼下小卖部的号，")
SHOP_AFTER = ("你打过去让老板喊我一声就行。", "打过去跟老板说找三楼的，他会上来叫我。")
ZODIAC = "鼠牛虎兔龙蛇马羊猴鸡狗猪"

NEGATIVE29 = {
    "agent": ("您换到的是{car}号车厢{berth}号下铺，晚上{h}点{m}分开车。",
              "您的电影取票码是{tcode}，到影院门口的机器上输入就能出票。",
              "您这个记分周期驾照扣了{pts}分，还剩{left}分。",
              "宝宝第{dose}针疫苗约在{vm}月{vd}号上午，打完要留观{obs}分钟。",
              "会议定在{fl}楼{room}号会议室，下午{h2}点开始，来{ppl}个人。",
              "机顶盒背面序列号的后八位是{stb}，您念的这个对得上。",
              "您的燃气表读数是{gasr}立方，这个月比上个月多用了{gasu}立方。",
              "您买的这台冰箱容量是{litre}升，压缩机质保{warr}个月。",
              "您预约的是{wd}号窗口，前面还有{wait}个人在排队。"),
    "customer": ("我买的那只基金代码是{fund}，这两天一直跌。",
                 "快递柜{cab}号柜{slot}号格口，门一直没弹开。",
                 "我上周钓了一条草鱼，{fish}斤{liang}两重。",
                 "我织这件毛衣用了{balls}团毛线，织了{weeks}个星期。",
                 "我今年{age}岁，属{zodiac}的，还没退休。",
                 "我家空调遥控器上显示{temp}度，风速{fan}档，就是不凉。",
                 "我家狗{dog}岁了，体重{dkg}公斤，打了{shots}针疫苗。",
                 "我那块手表是{wyear}年买的，表背面刻的编号是{wserial}。",
                 "我这台电视是{inch}寸的，买了{tvy}年了，屏幕上有一条线。"),
}


def fives_sizes(n: int) -> tuple[int, ...]:
    """Groups of five; three or four left over make a group, one or two go with the last five."""
    sizes = [5] * (n // 5)
    rest = n % 5
    if rest >= 3:
        sizes.append(rest)
    elif rest:
        sizes[-1] += rest
    return tuple(sizes)


def own_sizes(form: str, number: str) -> tuple[int, ...]:
    return {"seven_four": (7, 4), "nine_pairs": (2,) * 9}.get(form) or fives_sizes(len(number))


def cicadas(n: int, rms: float, rng: np.random.Generator) -> np.ndarray:
    """Cicadas: a band of noise at 2.6-3.8 kHz rasped by a 90-160 Hz pulse, in a chorus that
    swells and ebbs over 2-5 s, with a second, fainter insect a little lower."""
    t = np.arange(n) / SR
    out = np.zeros(n)
    for lo, hi, gain in ((2800, 3800, 1.0), (2400, 3200, 0.5)):
        b, a = butter(3, (lo / (SR / 2), min(hi, 3950) / (SR / 2)), btype="band")
        band = lfilter(b, a, rng.standard_normal(n))
        rasp = 0.5 + 0.5 * np.sign(np.sin(2 * np.pi * rng.uniform(90, 160) * t))
        wave = 0.55 + 0.45 * np.sin(2 * np.pi * t / rng.uniform(2, 5) + rng.uniform(0, 6.3))
        out += gain * band * rasp * wave
    return _norm(out, rms)


def mower(n: int, rms: float, rng: np.random.Generator) -> np.ndarray:
    """A lawn mower: a small engine firing at 45-60 Hz (its harmonics to about 1.5 kHz) with a
    wandering load, and the blade's whirr (noise in 200-900 Hz)."""
    t = np.arange(n) / SR
    f0 = rng.uniform(45, 60) * (1 + 0.04 * np.sin(2 * np.pi * rng.uniform(0.1, 0.4) * t))
    phase = 2 * np.pi * np.cumsum(f0) / SR
    engine = sum(np.sin(h * phase + rng.uniform(0, 6.3)) / h ** 0.8 for h in range(1, 25))
    b, a = butter(3, 1500 / (SR / 2))
    engine = lfilter(b, a, engine)
    b2, a2 = butter(2, (200 / (SR / 2), 900 / (SR / 2)), btype="band")
    whirr = lfilter(b2, a2, rng.standard_normal(n))
    load = 0.8 + 0.2 * np.sin(2 * np.pi * t / rng.uniform(2, 4))
    return _norm(load * (engine / np.abs(engine).max() + 0.4 * whirr / np.abs(whirr).max()), rms)


def sniff(rms: float, rng: np.random.Generator) -> np.ndarray:
    """One sniff: 0.25-0.4 s of breath noise (1-3.5 kHz) rising quickly and cut off."""
    n = int(rng.uniform(0.25, 0.4) * SR)
    b, a = butter(2, (1000 / (SR / 2), 3500 / (SR / 2)), btype="band")
    noise = lfilter(b, a, rng.standard_normal(n))
    env = np.linspace(0.2, 1.0, n) ** 2
    env[-int(0.03 * SR):] *= np.linspace(1, 0, int(0.03 * SR))
    return _norm(noise * env, rms)


class Call29(Call28):
    """Call28 (its turns, readings and sounds under her turn)."""


def read_number(call: Call29, kind: str, number: str, form: str, others: list) -> None:
    """The reading(s) of ``number`` in ``form``, with the lines around them (the agent's request
    already said)."""
    rng = call.rng
    speed = rng.uniform(0.65, 0.9)
    raw = raw_groups(kind, number)
    groups = said_groups(raw, rng)
    carrier = (rng.choice(CARRIER29[kind]), False)
    joined = "，".join(groups) + "。"
    if form in ("cicadas", "lawn_mower"):
        lead, what, lo, hi, make = {"cicadas": (CICADA, "cicadas", 7, 11, cicadas),
                                    "lawn_mower": (MOWER, "mower", 6, 10, mower)}[form]
        spans = call.say_turn("customer", [(rng.choice(lead), False), carrier, (joined, True)], speed)
        _under(call, what, spans[0][0], spans[2][1], rng.uniform(lo, hi), make)
    elif form == "then_between":
        words = [rng.choice(THEN) for _ in groups[1:]]
        text = groups[0] + "".join(f"，{w}，{g}" for w, g in zip(words, groups[1:])) + "。"
        call.say_turn("customer", [carrier, (text, True, {"then_words": len(words)})], speed)
    elif form == "sniff_between":
        at = rng.randrange(len(groups) - 1)
        level = call.rms_of(groups[0], speed) * 10 ** (-rng.uniform(8, 12) / 20)
        noise = np.random.default_rng(rng.randrange(2 ** 30))
        gap = lambda: np.zeros(int(rng.uniform(0.15, 0.3) * SR))  # noqa: E731
        between = [np.concatenate([gap(), sniff(level, noise), gap()]) if k == at else gap()
                   for k in range(len(groups) - 1)]
        call.say_joined("customer", rng.choice(SNIFF_LEAD) + carrier[0], groups, between, joined, speed,
                        {"sniff_after": at})
    elif form == "shop_downstairs":
        call.say_turn("customer", [(rng.choice(SHOP), False), (joined, True, {"via_shop": True}),
                                   (rng.choice(SHOP_AFTER), False)], speed)
    elif form in ("seven_four", "nine_pairs", "fives"):
        sizes = own_sizes(form, number)
        yao = rng.randrange(2)
        text = "，".join(said9(g, random.Random(yao)) for g in chunks(number, sizes)) + "。"
        call.say_turn("customer", [carrier, (text, True, {"sizes": list(sizes)})], speed)
    else:
        raise ValueError(form)


kinds_and_forms = kinds_and_forms_of(ASK29, FORMS)


def make_blind29_call(engine, rng: random.Random, call_id: str, stem: str, out: Path,
                      kind_form: tuple[str, str] = ("none", "none")) -> dict:
    """A call reading one number as ``kind_form`` says, or a hard negative throughout (kind "none")."""
    return FRAME.make(Call29(engine, rng), kind_form, call_id, stem, out)


def negative29(template: str, rng: random.Random) -> str:
    r = Draw(rng)
    digits, d, c, ch = r.digits, r.said, r.between, r.choice
    fill = {"car": c(1, 16), "berth": c(1, 30), "h": c(7, 11), "m": ch(10, 15, 20, 25, 35, 40, 45, 50),
            "tcode": d(digits(6)), "pts": c(1, 9), "left": c(3, 11), "dose": c(1, 4), "vm": c(1, 12),
            "vd": c(1, 28), "obs": ch(15, 30), "fl": c(2, 12), "room": c(1, 9), "h2": c(2, 4), "ppl": c(5, 30),
            "stb": d(digits(8)), "gasr": c(300, 2800), "gasu": c(5, 40), "litre": ch(218, 256, 301, 405, 520),
            "warr": ch(12, 24, 36, 60, 120), "wd": c(1, 20), "wait": c(2, 25), "fund": d(digits(6, "0156")),
            "cab": c(1, 12), "slot": c(1, 60), "fish": c(2, 9), "liang": c(1, 9), "balls": c(6, 15),
            "weeks": c(2, 8), "age": c(35, 68), "zodiac": rng.choice(ZODIAC), "temp": c(16, 30), "fan": c(1, 3),
            "dog": c(2, 14), "dkg": c(4, 35), "shots": c(2, 5),
            "wyear": "".join("零一二三四五六七八九"[int(x)] for x in str(rng.randint(2005, 2022))),
            "wserial": d(digits(7)), "inch": ch(43, 55, 65, 75), "tvy": c(3, 9)}
    return template.format(**fill)


def negative(call: Call29, role: str) -> None:
    text = negative29(call.rng.choice(NEGATIVE29[role]), call.rng)
    call.negatives.append({"role": role, "text": text, "span_s": call.say_turn(role, [(text, False)])[0]})


FRAME = NumberCallFrame(forms="blind29", ask=ASK29, number=number_any_form, read_number=read_number,
                        negative=negative, closing=CLOSING_NOTED)
