"""``--forms blind25``: personal numbers read in ways none of ``wide``, ``blind7``, ``blind9``, ``blind17`` to ``blind24`` has, and new hard negatives.

Written blind (set 25), without reading the detector, after reading the ``wide``, ``blind7``,
``blind9``, ``blind17`` to ``blind24`` forms so as to avoid them.  Nobody tuning the detector
should read this module: the set it makes is only worth something while the detector has not been
fitted to it.

Forms every kind of number can take:

- ``kettle_whistle``: a kettle starts to whistle on her stove while she reads (我烧着水呢): a
  rising whistle (1.4-2.8 kHz, with breath noise) under her turn, 4-8 dB under her speech
  (``background``, ``what: kettle``);
- ``drill_next_door``: the neighbours are renovating: an electric drill in bursts (a buzz of
  90-160 Hz with its harmonics and grit) under her turn, 6-10 dB under her speech
  (``background``, ``what: drill``);
- ``rain_on_umbrella``: she is outside under an umbrella in the rain: dense drops and a low hiss
  under her turn, 6-10 dB under her speech (``background``, ``what: rain``);
- ``laughs_between``: a caller who laughs at herself in the middle of one reading (a spoken 哈哈
  between two groups; ``laugh_after``: the group's index).  The reading's text is the digits
  only; the laugh is inside its seconds.

Each kind's own: a mobile given as the second SIM of a dual-SIM phone, the caller saying the first
one is not the one she means (``second_sim``); a landline whose number gained a digit when the
city's numbers were lengthened, the caller saying so before reading the new one (``upgraded``); a
身份证 read with a remark after the birth year (``year_remark``: readings ``head`` (ten digits) and
the last eight with ``continued_from``); a bank card, the caller first asking whether all the
digits are needed and the agent answering (``asks_all_digits``).  20 (kind, form) pairs.  No email.

New hard negatives (nine agent lines, nine customer lines): a container's 箱号 digits, a customs
报关单号 (18 digits), a 专利号 (12 digits and a check digit after 点), a court case number
((year) court code 民初 seq 号), a train ticket's 订单号 (9 digits), a gym membership's expiry date,
a lottery draw's 期号 and draw date, a bond's 6-digit code and coupon, a parcel's weight and fee;
a tyre size, a seat in a carriage and row, a medicine's dose, a flat's area and price per square
metre, a water meter's 表号 (10 digits), a printer's model and pages, the km on a car, shoe and
clothes sizes, a bus's line and stops.  Every long digit string is drawn until it is no valid
mobile, landline, 身份证 or card, and no stretch inside is one (blind21's ``_free``).

English digits and letters are left out: Kokoro's Chinese voice drops Latin letters.
"""

from __future__ import annotations

import random
from pathlib import Path

import numpy as np
from scipy.signal import butter, lfilter

from pii_blind7 import chunks, kinds_and_forms_of
from pii_blind9 import _cn, said9
from pii_blind18 import personal  # noqa: F401  (tests use it from here)
from pii_blind20 import raw_groups
from pii_blind21 import Draw, fours
from pii_blind23 import _under
from pii_blind24 import Call24, _norm, said_groups
from pii_calls import ASK, CLOSING_LOGGED, SR, NumberCallFrame, make_number

ASK25 = dict(ASK)
CARRIER25 = {
    "mobile": ("我平时接电话的号码是", "能找到我的手机是", "手机号你记一下，是"),
    "landline": ("我家里那个座机，号码是", "座机你记这个，", "打我们家座机也行，号是"),
    "id_card": ("我的身份证号是这样的，", "身份证号我报给你，", "你记一下我身份证，"),
    "bank_card": ("我用来还款的卡是", "扣钱就扣这张卡，卡号是", "我那张储蓄卡的号是"),
}
FORMS = {  # forms every kind of number can take, and each kind's own
    "any": ("kettle_whistle", "drill_next_door", "rain_on_umbrella", "laughs_between"),
    "mobile": ("second_sim",),
    "landline": ("upgraded",),
    "id_card": ("year_remark",),
    "bank_card": ("asks_all_digits",),
}
KETTLE = ("我这边烧着水呢，水壶一会儿要响，你将就听啊，", "哎呀水开了在叫，我先把号说了，")
DRILL = ("隔壁在装修，电钻响个不停，你听得清吗？我说了，", "楼上在打钻，吵死了，我大点声说，")
RAIN = ("我在外面打着伞呢，雨下得挺大，", "外面下大雨，我站在伞底下跟你说，")
LAUGH_LEAD = ("我念数字老是念错，你别笑我啊，", "我这记性，自己都觉得好笑，")
LAUGH = ("哈哈哈，", "哈哈，不好意思，", "嘿嘿，")
SIM = ("我手机是双卡的，第一张卡那个号我不常用，你记第二张卡的，",
       "我有两张卡啊，主卡那个快停了，你记副卡的，")
UPGRADE = ("我们这边座机前几年升位了，前面多了一位，你记新的，", "我家座机号后来加了一位数，旧的打不通了，现在是")
YEAR_REMARK = ("，这是我出生那年，后面是", "，就是我出生的年份，再往后是")
ALL_ASK = ("卡号挺长的，你们是要全部的数字吗？还是后几位就行？", "是十几位全都要念吗？")
ALL_ANSWER = ("需要完整的卡号，麻烦您全部念一下。", "要全部的，您慢慢念。")

NEGATIVE25 = {
    "agent": ("您这个集装箱的箱号后面七位是{box}，已经到港了，在{yard}号堆场。",
              "您的报关单号是{customs}，海关这边还在审核，大概{cdays}个工作日。",
              "您的专利号是{patent}点{pcheck}，年费在{pmonth}月底之前要交。",
              "您说的这个案子，案号是{year}年，京{court}民初{case}号，下次开庭是{hmonth}月{hday}号。",
              "您的火车票订单号是{order}，退票手续费是{refund}元。",
              "您的健身卡有效期到{gyear}年{gmonth}月{gday}号，还剩{visits}次私教课。",
              "这期彩票的期号是{draw}，开奖时间是{dmonth}月{dday}号晚上九点半。",
              "您买的这只债券代码是{bond}，票面利率是百分之{coupon}。",
              "您这个包裹重{kg}公斤，运费一共{fee}元，超重部分{extra}元。"),
    "customer": ("我车的轮胎是{width}，{ratio}，{rim}寸的，你们有货吗？",
                 "我的票是{car}车厢{row}排{seat}的座，怎么被别人坐了？",
                 "医生让我一天吃{times}次，一次{pills}片，我吃了{pdays}天了。",
                 "我那套房子{area}平方，一平米{ping}买的。",
                 "我家水表表号是{wmeter}，这个月怎么用了{tons}吨水？",
                 "我那台打印机是{model}型号的，打了{pages}张就卡纸。",
                 "我的车开了{km}公里，该做保养了吧？",
                 "我穿{shoe}码的鞋，衣服要{cloth}码的，你们给发错了。",
                 "我坐{bus}路公交车，坐了{stops}站才到。"),
}


def said25(digits: str, rng: random.Random) -> str:
    """Digits as said, 幺 or 一 for the whole run, X as 叉."""
    return said9(digits, rng)


def kettle(n: int, rms: float, rng: np.random.Generator) -> np.ndarray:
    """A whistling kettle: a tone that rises from 1.4-1.8 kHz to 2.2-2.8 kHz with a wobble, a soft
    second partial and breath noise, swelling in over the first second."""
    t = np.arange(n) / SR
    f = rng.uniform(1400, 1800) + rng.uniform(400, 1000) * (1 - np.exp(-t / 1.5))
    f = f * (1 + 0.01 * np.sin(2 * np.pi * rng.uniform(4, 7) * t))
    phase = 2 * np.pi * np.cumsum(f) / SR
    tone = np.sin(phase) + 0.15 * np.sin(2 * phase + 0.3)
    b, a = butter(2, (1200 / (SR / 2), 3500 / (SR / 2)), btype="band")
    breath = lfilter(b, a, rng.standard_normal(n)) * 0.4
    swell = np.minimum(1.0, 0.2 + t / 1.0)
    return _norm((tone + breath) * swell, rms)


def drill(n: int, rms: float, rng: np.random.Generator) -> np.ndarray:
    """An electric drill through a wall: a buzz (90-160 Hz and harmonics) with grit, in bursts of
    0.6-2 s with 0.3-1 s breaks, low-passed at 2 kHz."""
    out = np.zeros(n)
    at = rng.uniform(0.0, 0.4)
    while at < n / SR:
        k = int(rng.uniform(0.6, 2.0) * SR)
        t = np.arange(k) / SR
        f0 = rng.uniform(90, 160) * (1 + 0.05 * np.sin(2 * np.pi * 3 * t))
        phase = 2 * np.pi * np.cumsum(f0) / SR
        buzz = sum(np.sign(np.sin(h * phase)) / h for h in (1, 2, 3, 5))
        grit = 0.5 * rng.standard_normal(k)
        env = np.minimum(1.0, np.minimum(t / 0.05, (t[-1] - t + 1e-3) / 0.08))
        i = int(at * SR)
        seg = out[i:i + k]
        seg += ((buzz + grit) * env)[:len(seg)]
        at += k / SR + rng.uniform(0.3, 1.0)
    b, a = butter(3, 2000 / (SR / 2))
    return _norm(lfilter(b, a, out), rms)


def rain(n: int, rms: float, rng: np.random.Generator) -> np.ndarray:
    """Rain on an umbrella: 40-80 drops a second (short decaying ticks, 1-3 kHz) over a low hiss."""
    b, a = butter(2, 1500 / (SR / 2))
    out = 0.3 * lfilter(b, a, rng.standard_normal(n))
    for _ in range(int(n / SR * rng.uniform(40, 80))):
        m = int(rng.uniform(0.004, 0.012) * SR)
        tt = np.arange(m) / SR
        drop = np.sin(2 * np.pi * rng.uniform(1000, 3000) * tt) * np.exp(-tt / 0.002) * rng.uniform(0.5, 2.0)
        i = int(rng.integers(0, max(1, n - m)))
        seg = out[i:i + m]
        seg += drop[:len(seg)]
    return _norm(out, rms)


def number25(kind: str, form: str, rng: random.Random) -> str:
    if form == "upgraded":  # an eight-digit local number after its area code
        while len(n := make_number("landline", rng)) - (3 if n[:2] in ("01", "02") else 4) != 8:
            pass
        return n
    return make_number(kind, rng)


def read_number(call: Call24, kind: str, number: str, form: str, others: list) -> None:
    """The reading(s) of ``number`` in ``form``, with the lines around them (the agent's request
    already said)."""
    rng = call.rng
    speed = rng.uniform(0.65, 0.9)
    raw = raw_groups(kind, number)
    groups = said_groups(raw, rng)
    carrier = (rng.choice(CARRIER25[kind]), False)
    joined = "，".join(groups) + "。"
    if form in ("kettle_whistle", "drill_next_door", "rain_on_umbrella"):
        lead, what, lo, hi, make = {"kettle_whistle": (KETTLE, "kettle", 4, 8, kettle),
                                    "drill_next_door": (DRILL, "drill", 6, 10, drill),
                                    "rain_on_umbrella": (RAIN, "rain", 6, 10, rain)}[form]
        spans = call.say_turn("customer", [(rng.choice(lead), False), carrier, (joined, True)], speed)
        _under(call, what, spans[0][0], spans[2][1], rng.uniform(lo, hi), make)
    elif form == "laughs_between":
        at = rng.randrange(len(groups) - 1)
        laugh = np.asarray(call.engine.phrase(rng.choice(LAUGH), call.voices["customer"], 0.9), dtype=float)
        gap = lambda: np.zeros(int(rng.uniform(0.1, 0.25) * SR))  # noqa: E731
        between = [np.concatenate([gap(), laugh, gap()]) if k == at else np.zeros(int(rng.uniform(0.15, 0.3) * SR))
                   for k in range(len(groups) - 1)]
        call.say_joined("customer", rng.choice(LAUGH_LEAD) + carrier[0], groups, between, joined, speed,
                        {"laugh_after": at})
    elif form == "second_sim":
        call.say_turn("customer", [(rng.choice(SIM), False), (joined, True)], speed)
    elif form == "upgraded":
        call.say_turn("customer", [(rng.choice(UPGRADE), False), (joined, True)], speed)
    elif form == "year_remark":
        yao = rng.randrange(2)
        head = "，".join(said9(g, random.Random(yao)) for g in chunks(number[:10], (6, 4)))
        rest = "，".join(said9(g, random.Random(yao)) for g in chunks(number[10:], (4, 4))) + "。"
        call.say_turn("customer", [carrier, (head, True, {"head": True}), (rng.choice(YEAR_REMARK), False),
                                   (rest, True, {"continued_from": 10})], speed)
    elif form == "asks_all_digits":
        k = rng.randrange(len(ALL_ASK))
        call.say_turn("customer", [(ALL_ASK[k], False)])
        call.say_turn("agent", [(ALL_ANSWER[k], False)])
        said = said_groups(chunks(number, fours(len(number))), rng)
        call.say_turn("customer", [carrier, ("，".join(said) + "。", True)], speed)
    else:
        raise ValueError(form)


kinds_and_forms = kinds_and_forms_of(ASK25, FORMS)


def make_blind25_call(engine, rng: random.Random, call_id: str, stem: str, out: Path,
                      kind_form: tuple[str, str] = ("none", "none")) -> dict:
    """A call reading one number as ``kind_form`` says, or a hard negative throughout (kind "none")."""
    return FRAME.make(Call24(engine, rng), kind_form, call_id, stem, out)


def negative25(template: str, rng: random.Random) -> str:
    r = Draw(rng, said25)
    digits, d = r.digits, r.said
    w = lambda n: "两" if n == 2 else _cn(n)  # noqa: E731  (两 before 万, 千 and 次)
    year = rng.randint(2021, 2025)
    fill = {"box": d(digits(7)), "yard": _cn(rng.randint(2, 12)), "customs": d(digits(18)),
            "cdays": _cn(rng.randint(2, 5)), "patent": d(digits(12, before=str(year))), "pcheck": d(str(rng.randint(0, 9))),
            "pmonth": _cn(rng.randint(1, 12)), "year": d(str(year)), "court": d(f"0{rng.randint(100, 999)}"),
            "case": d(str(rng.randint(1000, 29999))), "hmonth": _cn(rng.randint(1, 12)), "hday": _cn(rng.randint(1, 28)),
            "order": d(digits(9)), "refund": _cn(rng.randint(5, 60)), "gyear": d(str(year + 1)),
            "gmonth": _cn(rng.randint(1, 12)), "gday": _cn(rng.randint(1, 28)), "visits": _cn(rng.randint(2, 20)),
            "draw": d(digits(7, before=str(year))), "dmonth": _cn(rng.randint(1, 12)),
            "dday": _cn(rng.randint(1, 28)), "bond": d(digits(6, "01")),
            "coupon": f"{_cn(rng.randint(2, 4))}点{_cn(rng.choice((1, 2, 5, 8)))}",
            "kg": f"{_cn(rng.randint(2, 30))}点{_cn(rng.randint(1, 9))}", "fee": _cn(rng.randint(12, 180)),
            "extra": _cn(rng.randint(3, 40)), "width": d(str(rng.choice((195, 205, 215, 225)))),
            "ratio": d(str(rng.choice((45, 55, 60, 65)))), "rim": _cn(rng.choice((15, 16, 17, 18))),
            "car": _cn(rng.randint(1, 16)), "row": _cn(rng.randint(1, 20)), "seat": rng.choice(("靠窗", "中间", "靠过道")),
            "times": w(rng.randint(2, 3)), "pills": _cn(rng.randint(1, 2)), "pdays": _cn(rng.randint(3, 14)),
            "area": _cn(rng.randint(60, 140)), "ping": f"{w(rng.randint(1, 4))}万{w(rng.randint(1, 9))}千",
            "wmeter": d(digits(10)), "tons": _cn(rng.randint(8, 40)),
            "model": d(str(rng.randint(1000, 9999))), "pages": _cn(rng.randint(20, 300)),
            "km": f"{w(rng.randint(1, 9))}万{w(rng.randint(1, 9))}千", "shoe": _cn(rng.randint(35, 44)),
            "cloth": _cn(rng.choice((160, 165, 170, 175, 180))), "bus": _cn(rng.randint(2, 300)),
            "stops": _cn(rng.randint(3, 18))}
    return template.format(**fill)


def negative(call: Call24, role: str) -> None:
    text = negative25(call.rng.choice(NEGATIVE25[role]), call.rng)
    call.negatives.append({"role": role, "text": text, "span_s": call.say_turn(role, [(text, False)])[0]})


FRAME = NumberCallFrame(forms="blind25", ask=ASK25, number=number25, read_number=read_number,
                        negative=negative, closing=CLOSING_LOGGED)
