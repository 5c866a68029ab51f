"""``--forms blind28``: personal numbers read in ways none of ``wide``, ``blind7``, ``blind9``, ``blind17`` to ``blind27`` has, and new hard negatives.

Written blind (set 28), without reading the detector, after reading the ``wide``, ``blind7``,
``blind9``, ``blind17`` to ``blind27`` forms so as to avoid them.  Nobody tuning the detector
should read this module: the set it makes is only worth something while the detector has not been
fitted to it.

Forms every kind of number can take:

- ``tens_tail``: the number read digit by digit in its groups except the last four digits, which
  she says as two two-digit values (…，八十五，二十三。), the way some callers finish a number
  (the reading carries ``tens_last: 4``; a number is drawn whose last group has four digits or
  more and whose last two pairs start with no 0 and hold no X);
- ``train_rumble``: she is on a high-speed train (我在高铁上): the carriage's low rumble, the
  double knock of the rail joints and a slow swell of pressure under her turn, 6-10 dB under her
  speech (``background``, ``what: train``);
- ``hair_dryer``: she is drying her hair (我在吹头发): a motor's whine with its harmonics and the
  rush of air under her turn, 5-9 dB under her speech (``background``, ``what: hairdryer``);
- ``yawn_between``: a sleepy caller yawns in the middle of one reading (a spoken 哈——啊，困死了
  between two groups; ``yawn_after``: the group's index).  The reading's text is the digits only;
  the yawn is inside its seconds;
- ``still_there``: she stops part-way and says nothing for 2.5-4 s (looking for the rest); the
  agent asks 喂，您好，还在吗？; she says she is and goes on from where she stopped (readings
  ``head`` and the rest with ``continued_from``);
- ``agent_counts_after``: after the reading she asks the agent to count the digits, and the agent
  says how many there are (a count, said as a value; no number).

Each kind's own: a mobile given by a caller abroad, with the international prefix 零零八六 said
first as an instruction and not part of the reading (``intl_prefix``: the reading carries
``intl_prefix: "0086"``); a landline that is her company's front desk, with the department to
ask for after it (``work_front_desk``: the reading carries ``work: true``); a 身份证 read in three
groups of six (``three_sixes``, ``sizes``); a bank card whose first four digits are one group and
the rest one unbroken run (``four_then_run``, ``sizes``).  28 (kind, form) pairs.  No email, no
look-alikes.

New hard negatives (nine agent lines, nine customer lines): a play's hall, balcony row and seat
and its hour, a bank branch's 网点编号 (5 digits) and its closing hour, a parcel from America with
its ZIP code (5 digits) and days, a dishwasher's model number and its place settings, a phone
PIN's shortest and longest length, the stairs and floors closed while a lift is mended, a yoga
course's date, lessons and minutes, a car's service interval and next service in kilometres, a
flight's baggage allowance and the fee per kilogram over; a car's odometer, a parking space two
floors down, dumplings (jin of flour and filling, how many), a theatre row and seat by the
aisle, a daughter in Germany with her postcode (5 digits) and floor, a loan's rate and years, a
building's floors and hers, the kilometres she ran last year and on how many days, a parcel's
weight and city.  Every digit string is drawn until it is no valid mobile, landline, 身份证 or card,
and no stretch inside is one (blind21's ``_free``).

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
from pii_blind21 import Draw
from pii_blind23 import _under
from pii_blind24 import _norm, said_groups
from pii_blind27 import Call27
from pii_calls import ASK, CLOSING_LOGGED, SR, NumberCallFrame, make_number

ASK28 = dict(ASK)
CARRIER28 = {
    "mobile": ("我手机号你记一下啊，", "有事打我手机，号码是", "我常用的手机号是"),
    "landline": ("座机的话你记这个，", "固话号码是这个，", "打座机也行，号码是"),
    "id_card": ("身份证号我念给你，", "我身份证上的号是", "证件号你记好了，"),
    "bank_card": ("卡号我念一下，", "我那张工资卡，卡号是", "银行卡号你记下来，"),
}
FORMS = {  # forms every kind of number can take, and each kind's own
    "any": ("tens_tail", "train_rumble", "hair_dryer", "yawn_between", "still_there", "agent_counts_after"),
    "mobile": ("intl_prefix",),
    "landline": ("work_front_desk",),
    "id_card": ("three_sixes",),
    "bank_card": ("four_then_run",),
}
TRAIN = ("我在高铁上呢，车厢里有点吵，", "我坐着动车呢，声音轰轰的，你听清楚啊，")
DRYER = ("我在吹头发呢，吹风机开着，", "不好意思我正吹头发，关不了，你凑合听，")
YAWN_LEAD = ("昨晚上夜班，困得不行，", "我刚睡醒，迷迷糊糊的，")
YAWN = ("哈——啊，困死了，", "哈啊——不好意思，")
STILL_ASK = ("喂？您好，还在吗？", "喂，您好，能听到吗？")
STILL_ON = ("在在在，刚才找了一下，后面是", "在的，我翻了一下本子，接着是")
COUNT_ASK = ("你数一下，位数对吧？", "你那边数数，是不是少了一位？")
COUNT_ANSWER = ("我数了一下，一共{n}位，没问题。", "对的，是{n}位，已经记下了。")
INTL = ("我现在人在国外，你要打的话前面加零零八六，号码是", "我在国外出差呢，前面加个零零八六，然后是")
FRONT_DESK = ("这是我们公司前台的座机，", "我单位前台的电话，")
FRONT_DESK_AFTER = ("你打过去说找财务部的就行。", "打过去让前台转人事部就能找到我。")
TENS_PLAIN = "零一二三四五六七八九"

NEGATIVE28 = {
    "agent": ("您订的话剧在{hall}号厅，二楼{row}排{seat}座，晚上{h}点半开演。",
              "我们这个支行的网点编号是{branch}，营业到下午{bh}点。",
              "您的包裹从美国寄出，寄件地邮编是{zip}，预计{days}天到。",
              "您这台洗碗机的型号是{model}，一次能洗{sets}套餐具。",
              "手机锁屏密码最少设{pin}位，最多{pinmax}位。",
              "电梯维修这几天请走{stair}号楼梯，{fl}楼到{fl2}楼暂时不停。",
              "您报的是{ym}月{yd}号开班的瑜伽课，一共{lessons}节，每节{mins}分钟。",
              "您这辆车每{km}公里保养一次，下次是{nextkm}公里。",
              "您这趟航班托运额度是{bag}公斤，超重每公斤收{per}元。"),
    "customer": ("我那车表上显示已经跑了{odo}公里了。",
                 "我的车停在负二层{space}号车位。",
                 "过年包饺子我和了{flour}斤面，{fill}斤肉馅，包了{dumplings}个。",
                 "我买的剧院票是{row2}排{seat2}号，靠过道的。",
                 "我女儿在德国，她那边邮编是{dezip}，住{dfl}楼。",
                 "我那笔贷款利率是百分之{ri}点{rf}，贷了{years}年。",
                 "我们这栋楼一共{floors}层，我住{myfl}层，电梯老坏。",
                 "我去年一年跑了{runkm}公里，跑了{rundays}天。",
                 "我寄的那个快递{wkg}点{wkg2}公斤，寄到成都的。"),
}


def said28(digits: str, rng: random.Random) -> str:
    """Digits as said, 幺 or 一 for the whole run."""
    return said9(digits, rng)


def pair_value(pair: str) -> str:
    """Two digits (the first not 0) said as a value: 八十五, 十二, 二十."""
    tens, ones = int(pair[0]), int(pair[1])
    return ("" if tens == 1 else TENS_PLAIN[tens]) + "十" + (TENS_PLAIN[ones] if ones else "")


def _cn28(n: int) -> str:
    """A value as said, 万 too (六万三千二百, 一万零五百)."""
    if n < 10000:
        return _cn(n)
    high, rest = divmod(n, 10000)
    if not rest:
        return _cn(high) + "万"
    low = _cn(rest)
    return _cn(high) + "万" + ("零" if rest < 1000 else "") + ("一" + low if low.startswith("十") else low)


def tens_ok(kind: str, number: str) -> bool:
    raw = raw_groups(kind, number)
    tail = number[-4:]
    return len(raw[-1]) >= 4 and tail[0] != "0" and tail[2] != "0" and "X" not in tail


def said_tens_tail(kind: str, number: str, rng: random.Random) -> str:
    """The groups digit by digit but the last four digits, which are two values."""
    raw = raw_groups(kind, number)
    head = raw[:-1] + ([raw[-1][:-4]] if len(raw[-1]) > 4 else [])
    yao = rng.randrange(2)
    return "，".join([said9(g, random.Random(yao)) for g in head]
                    + [pair_value(number[-4:-2]), pair_value(number[-2:])]) + "。"


def number28(kind: str, form: str, rng: random.Random) -> str:
    while True:
        n = make_number(kind, rng)
        if form == "tens_tail" and not tens_ok(kind, n):
            continue
        return n


def train(n: int, rms: float, rng: np.random.Generator) -> np.ndarray:
    """A high-speed train's carriage: low rumble (noise under 250 Hz), a double knock of the rail
    joints (two 80-300 Hz thumps 0.1-0.15 s apart) every 0.7-1.2 s, and a slow swell of pressure
    (the level rising and falling over 3-6 s)."""
    t = np.arange(n) / SR
    b, a = butter(3, 250 / (SR / 2))
    rumble = lfilter(b, a, rng.standard_normal(n))
    swell = 0.75 + 0.25 * np.sin(2 * np.pi * t / rng.uniform(3, 6) + rng.uniform(0, 6.3))
    knocks = np.zeros(n)
    b2, a2 = butter(2, (80 / (SR / 2), 300 / (SR / 2)), btype="band")
    at = int(rng.uniform(0.1, 0.6) * SR)
    while at < n:
        for k in (at, at + int(rng.uniform(0.1, 0.15) * SR)):
            m = int(0.05 * SR)
            thump = lfilter(b2, a2, rng.standard_normal(m)) * np.exp(-np.arange(m) / (m / 5))
            end = min(n, k + m)
            if k < n:
                knocks[k:end] += rng.uniform(3.0, 5.0) * thump[:end - k]
        at += int(rng.uniform(0.7, 1.2) * SR)
    return _norm(swell * rumble + knocks, rms)


def hairdryer(n: int, rms: float, rng: np.random.Generator) -> np.ndarray:
    """A hair dryer: a motor's whine (180-260 Hz and its harmonics, wavering a little) and the rush
    of air (noise in 300-3000 Hz), steady, its level moving as she moves the dryer."""
    t = np.arange(n) / SR
    f0 = rng.uniform(180, 260) * (1 + 0.01 * np.sin(2 * np.pi * rng.uniform(0.5, 2) * t))
    phase = 2 * np.pi * np.cumsum(f0) / SR
    whine = sum(np.sin(h * phase) / h for h in range(1, 8))
    b, a = butter(2, (300 / (SR / 2), 3000 / (SR / 2)), btype="band")
    air = lfilter(b, a, rng.standard_normal(n))
    move = 0.8 + 0.2 * np.sin(2 * np.pi * rng.uniform(0.3, 0.8) * t)
    return _norm(move * (0.5 * whine / np.abs(whine).max() + air / np.abs(air).max()), rms)


class Call28(Call27):
    """Call27 (its turns, readings and sounds under her turn)."""


def read_number(call: Call28, kind: str, number: str, form: str, others: list) -> None:
    """The reading(s) of ``number`` in ``form``, with the lines around them (the agent's request
    already said)."""
    rng = call.rng
    speed = rng.uniform(0.65, 0.9)
    raw = raw_groups(kind, number)
    groups = said_groups(raw, rng)
    carrier = (rng.choice(CARRIER28[kind]), False)
    joined = "，".join(groups) + "。"
    if form in ("train_rumble", "hair_dryer"):
        lead, what, lo, hi, make = {"train_rumble": (TRAIN, "train", 6, 10, train),
                                    "hair_dryer": (DRYER, "hairdryer", 5, 9, hairdryer)}[form]
        spans = call.say_turn("customer", [(rng.choice(lead), False), carrier, (joined, True)], speed)
        _under(call, what, spans[0][0], spans[2][1], rng.uniform(lo, hi), make)
    elif form == "tens_tail":
        call.say_turn("customer", [carrier, (said_tens_tail(kind, number, rng), True, {"tens_last": 4})], speed)
    elif form == "yawn_between":
        at = rng.randrange(len(groups) - 1)
        yawn = np.asarray(call.engine.phrase(rng.choice(YAWN), call.voices["customer"], 0.75), dtype=float)
        gap = lambda: np.zeros(int(rng.uniform(0.15, 0.3) * SR))  # noqa: E731
        between = [np.concatenate([gap(), yawn, gap()]) if k == at else np.zeros(int(rng.uniform(0.15, 0.3) * SR))
                   for k in range(len(groups) - 1)]
        call.say_joined("customer", rng.choice(YAWN_LEAD) + carrier[0], groups, between, joined, speed,
                        {"yawn_after": at})
    elif form == "still_there":
        cut = rng.randint(1, len(groups) - 1)
        first = sum(len(r) for r in raw[:cut])
        call.say_turn("customer", [carrier, ("，".join(groups[:cut]) + "……", True, {"head": True})], speed)
        call.tl.pause(rng.uniform(2.5, 4.0))
        call.say_turn("agent", [(rng.choice(STILL_ASK), False)])
        call.say_turn("customer", [(rng.choice(STILL_ON), False),
                                   ("，".join(groups[cut:]) + "。", True, {"continued_from": first})], speed)
    elif form == "agent_counts_after":
        call.say_turn("customer", [carrier, (joined, True), (rng.choice(COUNT_ASK), False)], speed)
        call.say_turn("agent", [(rng.choice(COUNT_ANSWER).format(n=_cn(len(number))), False)])
    elif form == "intl_prefix":
        call.say_turn("customer", [(rng.choice(INTL), False), (joined, True, {"intl_prefix": "0086"})], speed)
    elif form == "work_front_desk":
        call.say_turn("customer", [(rng.choice(FRONT_DESK), False), (joined, True, {"work": True}),
                                   (rng.choice(FRONT_DESK_AFTER), False)], speed)
    elif form in ("three_sixes", "four_then_run"):
        sizes = (6, 6, 6) if form == "three_sixes" else (4, len(number) - 4)
        yao = rng.randrange(2)
        text = "，".join(said9(g, random.Random(yao)) for g in chunks(number, sizes)) + "。"
        call.say_turn("customer", [carrier, (text, True, {"sizes": list(sizes)})], speed)
    else:
        raise ValueError(form)


kinds_and_forms = kinds_and_forms_of(ASK28, FORMS)


def make_blind28_call(engine, rng: random.Random, call_id: str, stem: str, out: Path,
                      kind_form: tuple[str, str] = ("none", "none")) -> dict:
    """A call reading one number as ``kind_form`` says, or a hard negative throughout (kind "none")."""
    return FRAME.make(Call28(engine, rng), kind_form, call_id, stem, out)


def negative28(template: str, rng: random.Random) -> str:
    r = Draw(rng, said28)
    digits, d, c = r.digits, r.said, r.between
    fill = {"hall": c(1, 6), "row": c(1, 9), "seat": c(1, 30), "h": c(7, 8), "branch": d(digits(5)),
            "bh": c(4, 5), "zip": d(digits(5)), "days": c(7, 20), "model": d(digits(4)),
            "sets": _cn(rng.choice((8, 10, 12, 13, 15))), "pin": c(4, 6), "pinmax": c(8, 16), "stair": c(1, 3),
            "fl": c(2, 9), "fl2": c(10, 18), "ym": c(1, 12), "yd": c(1, 28), "lessons": _cn(rng.choice((8, 10, 12, 20))),
            "mins": _cn(rng.choice((45, 60, 75, 90))), "km": _cn28(rng.choice((5000, 7500, 10000))),
            "nextkm": _cn28(rng.randint(2, 9) * 10000 + rng.choice((0, 5000))), "bag": _cn(rng.choice((20, 23, 30))),
            "per": c(50, 120), "odo": _cn28(rng.randint(12, 98) * 1000 + rng.randint(0, 9) * 100),
            "space": d(digits(3)), "flour": c(2, 6), "fill": c(2, 5), "dumplings": c(80, 300), "row2": c(3, 25),
            "seat2": c(1, 40), "dezip": d(digits(5)), "dfl": c(2, 6), "ri": c(2, 4), "rf": d(digits(2)),
            "years": _cn(rng.choice((3, 5, 10, 20, 30))), "floors": c(18, 33), "myfl": c(2, 17),
            "runkm": _cn(rng.randint(300, 2400)), "rundays": c(90, 300), "wkg": c(1, 9), "wkg2": c(1, 9)}
    return template.format(**fill)


def negative(call: Call28, role: str) -> None:
    text = negative28(call.rng.choice(NEGATIVE28[role]), call.rng)
    call.negatives.append({"role": role, "text": text, "span_s": call.say_turn(role, [(text, False)])[0]})


FRAME = NumberCallFrame(forms="blind28", ask=ASK28, number=number28, read_number=read_number,
                        negative=negative, closing=CLOSING_LOGGED)
