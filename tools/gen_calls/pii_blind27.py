"""``--forms blind27``: personal numbers read in ways none of ``wide``, ``blind7``, ``blind9``, ``blind17`` to ``blind26`` has, and new hard negatives.

Written blind (set 27), without reading the detector, after reading the ``wide``, ``blind7``,
``blind9``, ``blind17`` to ``blind26`` forms so as to avoid them.  Nobody tuning the detector
should read this module: the set it makes is only worth something while the detector has not been
fitted to it.

Forms every kind of number can take:

- ``asks_if_recorded``: the caller stops part-way through the number to ask whether the call is
  recorded (你们这电话录音吗？); the agent says it is and that her data is kept safe; she goes on
  from where she stopped (readings ``head`` and the rest with ``continued_from``);
- ``mahjong_table``: she is at a mahjong table (我在打麻将呢): tiles clacking and being shuffled
  on her channel under her turn, 7-11 dB under her speech (``background``, ``what: mahjong``);
- ``firecrackers``: firecrackers going off outside her window (外面在放鞭炮): bursts of dense
  cracks with gaps between, under her turn, 4-8 dB under her speech (``background``,
  ``what: firecrackers``);
- ``wok_sizzle``: she is stir-frying (我在炒菜): the sizzle of oil (crackle above 1.5 kHz) and the
  scrape of the spatula under her turn, 6-10 dB under her speech (``background``, ``what: wok``);
- ``radio_words_partly``: some of the 0s, 7s and 9s said with the old radio words 洞, 拐 and 勾
  and others plainly (零, 七, 九) within one reading, the way a caller half-remembers her army or
  railway habit (``radio_words``: how many digits were said the radio way; a number with at
  least three 0s, 7s and 9s is drawn);
- ``mutters_first``: the caller first mutters the number to herself, 13-19 dB quieter and a
  little quicker, to check it against the card or the paper, then says it out loud to the agent
  (the muttered pass is a full reading carrying ``muttered`` and ``db_down``).

Each kind's own: a mobile read by named parts, 前三位是…，中间四位是…，最后四位是… (``named_thirds``:
readings ``head`` (three digits), the middle four with ``continued_from: 3``, the last four with
``continued_from: 7``); a home landline and a work landline in one breath (家里是…，单位是…,
``home_and_work``: the work number carries ``other`` and is in ``other_numbers``, also valid;
either may come first); a 身份证 whose holder first names the place its region code stands for
(我是陕西雁塔区的, ``region_named``: the reading carries ``place``; a number whose region
python-stdnum can name, the name free of digit words); a bank card whose groups are counted
aloud, 第一组…，第二组… (``groups_counted``: every group its own reading, the first ``head``,
each later one ``continued_from``).  28 (kind, form) pairs.  No email, no look-alikes.

New hard negatives (nine agent lines, nine customer lines): a ferry's 航次 and cabin, a parcel
locker's 寄件码 (6 digits), a company's water-bill 户号 (10 digits) and tons used, a vaccine's dose
and 接种台, a broadband renewal date and fee, a cashback and the days it takes, a prize's 兑奖码
(8 digits) and its last day, a lift's number and the repairman's hour, a cold-chain parcel's
temperature; a half-marathon bib number (5 digits), a child's 学号 (8 digits), grade and class, a
ferry's 航次 and hours at sea, a live-stream room number (9 digits), a cat's age and weight, solar
panels and the 度 they make, a driving test's score and tries, a birthday cake's size and age, a
blood-oxygen reading.  Every long digit string is drawn until it is no valid mobile, landline,
身份证 or card, and no stretch inside is one (blind21's ``_free``).

English digits and letters are left out: Kokoro's Chinese voice drops Latin letters.
"""

from __future__ import annotations

import random
from pathlib import Path

import numpy as np
from scipy.signal import butter, lfilter
from stdnum.cn import ric

from pii_blind7 import chunks, kinds_and_forms_of
from pii_blind9 import _cn, said9
from pii_blind18 import personal  # noqa: F401  (tests use it from here)
from pii_blind20 import raw_groups
from pii_blind21 import Draw, fours
from pii_blind23 import _under
from pii_blind24 import _norm, said_groups
from pii_blind26 import Call26
from pii_calls import ASK, CLOSING_LOGGED, NUM, SR, NumberCallFrame, make_number

ASK27 = dict(ASK)
CARRIER27 = {
    "mobile": ("我的手机，你拿笔记一下，", "手机号码的话是", "我现在用的这个手机是"),
    "landline": ("家里座机是", "座机号码我说一下，", "我们家那个固定电话，"),
    "id_card": ("身份证号码你记一下，", "证件号码是这个，", "我把身份证号码报一下，"),
    "bank_card": ("我要用的那张卡，卡号是", "银行卡的号码，你记好，", "卡号是这样的，"),
}
FORMS = {  # forms every kind of number can take, and each kind's own
    "any": ("asks_if_recorded", "mahjong_table", "firecrackers", "wok_sizzle", "radio_words_partly",
            "mutters_first"),
    "mobile": ("named_thirds",),
    "landline": ("home_and_work",),
    "id_card": ("region_named",),
    "bank_card": ("groups_counted",),
}
RECORDED_ASK = ("哎等一下，你们这个电话是录音的吧？", "先问一下，我说的这些你们会录音吗？")
RECORDED_ANSWER = ("是的，为了保证服务质量，通话是全程录音的，您的信息我们会严格保密。",
                   "对，通话有录音，不过录音只用于服务核查，您的资料不会外泄的。")
RECORDED_ON = ("哦，那行吧，我接着说，", "好吧，那我接着往下念，")
MAHJONG = ("我在打麻将呢，旁边有点吵，", "我在棋牌室，他们在洗牌，你听着点，")
FIRECRACKERS = ("外面在放鞭炮，你听得清吗？", "楼下有人结婚放鞭炮呢，我大点声，")
WOK = ("我在炒菜呢，油烟机也开着，", "锅里正炒着呢，我边炒边跟你说，")
MUTTER_LEAD = ("你等一下，我先自己对一遍，", "我先小声念一遍，看看对不对，")
MUTTER_AFTER = ("好，对的，", "嗯，没错，")
THIRDS = ("前三位是", "，中间四位是", "，最后四位是")
HOME_WORK = {"home": ("家里的是", "家里座机是"), "work": ("单位的是", "上班那边的是")}
HOME_WORK_LEAD = ("座机有两个，", "我有两个座机，")
PLACE_LEAD = ("我是{place}的，身份证前面就是那边的，", "我户口在{place}，身份证是")
ORDINAL = ("第一组", "第二组", "第三组", "第四组", "第五组")
RADIO = {"0": "洞", "7": "拐", "9": "勾"}
PLAIN = {"0": "零", "7": "七", "9": "九"}

NEGATIVE27 = {
    "agent": ("您订的是{voyage}航次的船票，{cabin}号舱，晚上{eh}点开船。",
              "您的寄件码是{send}，到楼下的快递柜扫一下就能寄。",
              "贵公司的水费户号是{water}，这个季度一共用水{tons}吨。",
              "您预约的是第{dose}针，到{desk}号接种台，打完留观{obs}分钟。",
              "您家宽带到{by}年{bm}月{bd}号到期，续一年是{bbfee}元。",
              "您这一单返现{cash}元，{cdays}个工作日内退回原支付账户。",
              "您的兑奖码是{prize}，{pm}月{pd}号之前都可以兑。",
              "维保师傅下午{rh}点到，您那栋楼是{lift}号电梯对吧？",
              "您的冷链快递全程保持零下{cold}度，今天下午{dh}点前送到。"),
    "customer": ("我孙子报了半马，号码布是{bib}号。",
                 "我儿子的学号是{stuid}，他在{grade}年级{cls}班。",
                 "我坐的那班轮渡是{voyage2}航次，在海上开了{sea}个小时。",
                 "我直播间的房间号是{live}，晚上{lh}点开播。",
                 "我家猫今年{cat}岁了，胖到{catjin}斤了。",
                 "我家屋顶装了{panels}块光伏板，晴天一天能发{pv}度电。",
                 "我科目二考了{score}分，考了{tries}次才过。",
                 "我订的是{inch}寸的蛋糕，上面写{age}岁生日快乐。",
                 "我刚量了一下血氧，百分之{spo2}，医生说还行。"),
}


def said27(digits: str, rng: random.Random) -> str:
    """Digits as said, 幺 or 一 for the whole run, X as 叉."""
    return said9(digits, rng)


def said_partly_radio(raw: list[str], rng: random.Random) -> tuple[list[str], int]:
    """Groups of digits with some of the 0s, 7s and 9s as 洞, 拐 and 勾 and the others plain (at
    least one of each way, over the whole number), 1 as 幺 throughout; the groups as said and how
    many digits were said the radio way."""
    digits = "".join(raw)
    at = [k for k, c in enumerate(digits) if c in RADIO]
    radio = set(rng.sample(at, rng.randint(1, len(at) - 1)))
    said = dict(NUM, X="叉", **{"1": "幺"})
    words = [RADIO[c] if k in radio else PLAIN.get(c, said[c]) for k, c in enumerate(digits)]
    out, k = [], 0
    for r in raw:
        out.append("".join(words[k:k + len(r)]))
        k += len(r)
    return out, len(radio)


def place_of(number: str) -> str | None:
    """The place a 身份证's region code stands for (province without 省, and county), or None where
    python-stdnum cannot name it or the name holds a digit word."""
    try:
        where = ric.get_birth_place(number)
    except Exception:  # noqa: BLE001  (an unknown region)
        return None
    province, county = where.get("province", ""), where.get("county", "")
    if not province or not county or county in ("市辖区", "县"):
        return None
    name = province.removesuffix("省").removesuffix("市") + county
    return None if any(c in "零一二三四五六七八九十两幺" for c in name) else name


def number27(kind: str, form: str, rng: random.Random) -> str:
    while True:
        n = make_number(kind, rng)
        if form == "radio_words_partly" and sum(c in RADIO for c in n) < 3:
            continue
        if form == "region_named" and place_of(n) is None:
            continue
        if form == "groups_counted" and len(fours(len(n))) > len(ORDINAL):
            continue
        return n


def mahjong(n: int, rms: float, rng: np.random.Generator) -> np.ndarray:
    """Mahjong tiles: hard clacks (a decaying 1.8-3.2 kHz ring on a click), single or in quick
    pairs every 0.2-0.9 s, and now and then a second-long shuffle (a rattle of many small clacks)."""
    out = np.zeros(n)

    def clack(at: int, level: float) -> None:
        m = int(0.04 * SR)
        t = np.arange(m) / SR
        ring = np.sin(2 * np.pi * rng.uniform(1800, 3200) * t) * np.exp(-t / rng.uniform(0.006, 0.012))
        ring[:8] += rng.standard_normal(8)
        end = min(n, at + m)
        out[at:end] += level * ring[:end - at]

    at = int(rng.uniform(0, 0.3) * SR)
    while at < n:
        if rng.random() < 0.15:  # a shuffle
            for _ in range(int(rng.uniform(15, 30))):
                clack(min(n - 1, at + int(rng.uniform(0, 1.0) * SR)), rng.uniform(0.2, 0.6))
            at += int(1.1 * SR)
        else:
            clack(at, rng.uniform(0.6, 1.0))
            if rng.random() < 0.4:
                clack(min(n - 1, at + int(rng.uniform(0.05, 0.12) * SR)), rng.uniform(0.4, 0.8))
            at += int(rng.uniform(0.2, 0.9) * SR)
    return _norm(out, rms)


def firecrackers(n: int, rms: float, rng: np.random.Generator) -> np.ndarray:
    """Firecrackers: bursts of 0.6-2 s of dense sharp cracks (10-25 a second, broadband with a low
    thud), quiet gaps of 0.3-1 s between them, a faint echo off the buildings."""
    out = np.zeros(n)
    b, a = butter(2, 400 / (SR / 2))
    at = int(rng.uniform(0, 0.4) * SR)
    while at < n:
        burst = int(rng.uniform(0.6, 2.0) * SR)
        rate = rng.uniform(10, 25)
        k = at
        while k < min(n, at + burst):
            m = int(rng.uniform(0.015, 0.03) * SR)
            crack = rng.standard_normal(m) * np.exp(-np.arange(m) / (m / 4))
            crack += 2.0 * lfilter(b, a, crack)
            end = min(n, k + m)
            out[k:end] += rng.uniform(0.5, 1.0) * crack[:end - k]
            k += int(rng.exponential(1 / rate) * SR) + 1
        at += burst + int(rng.uniform(0.3, 1.0) * SR)
    d = int(0.09 * SR)
    out[d:] += 0.3 * out[:-d].copy()
    return _norm(out, rms)


def wok(n: int, rms: float, rng: np.random.Generator) -> np.ndarray:
    """Stir-frying: the hiss of hot oil (noise above 1.5 kHz, its level wavering) with crackling
    pops, and the spatula's scrape (a 600-1200 Hz band of noise) every 0.7-1.5 s."""
    t = np.arange(n) / SR
    b, a = butter(3, 1500 / (SR / 2), btype="high")
    hiss = lfilter(b, a, rng.standard_normal(n)) * (0.7 + 0.3 * np.sin(2 * np.pi * rng.uniform(0.2, 0.5) * t))
    pops = np.zeros(n)
    for at in rng.integers(0, n, int(n / SR * rng.uniform(15, 30))):
        m = int(0.004 * SR)
        end = min(n, at + m)
        pops[at:end] += rng.uniform(1.5, 3.0) * rng.standard_normal(end - at)
    b2, a2 = butter(2, (600 / (SR / 2), 1200 / (SR / 2)), btype="band")
    scrape = lfilter(b2, a2, rng.standard_normal(n))
    gate = np.zeros(n)
    at = int(rng.uniform(0.2, 0.8) * SR)
    while at < n:
        m = int(rng.uniform(0.2, 0.35) * SR)
        gate[at:at + m] = np.hanning(len(gate[at:at + m]))
        at += int(rng.uniform(0.7, 1.5) * SR)
    return _norm(hiss + pops + 1.5 * scrape * gate, rms)


class Call27(Call26):
    """Call26 (its turns, readings and sounds under her turn)."""


def read_number(call: Call27, kind: str, number: str, form: str, others: list) -> None:
    """The reading(s) of ``number`` in ``form``, with the lines around them (the agent's request
    already said)."""
    rng = call.rng
    speed = rng.uniform(0.65, 0.9)
    raw = raw_groups(kind, number)
    groups = said_groups(raw, rng)
    carrier = (rng.choice(CARRIER27[kind]), False)
    joined = "，".join(groups) + "。"
    if form in ("mahjong_table", "firecrackers", "wok_sizzle"):
        lead, what, lo, hi, make = {"mahjong_table": (MAHJONG, "mahjong", 7, 11, mahjong),
                                    "firecrackers": (FIRECRACKERS, "firecrackers", 4, 8, firecrackers),
                                    "wok_sizzle": (WOK, "wok", 6, 10, wok)}[form]
        spans = call.say_turn("customer", [(rng.choice(lead), False), carrier, (joined, True)], speed)
        _under(call, what, spans[0][0], spans[2][1], rng.uniform(lo, hi), make)
    elif form == "asks_if_recorded":
        cut = rng.randint(1, len(groups) - 1)
        first = sum(len(r) for r in raw[:cut])
        k = rng.randrange(len(RECORDED_ASK))
        call.say_turn("customer", [carrier, ("，".join(groups[:cut]) + "。", True, {"head": True}),
                                   (RECORDED_ASK[k], False)], speed)
        call.say_turn("agent", [(RECORDED_ANSWER[k], False)])
        call.say_turn("customer", [(rng.choice(RECORDED_ON), False),
                                   ("，".join(groups[cut:]) + "。", True, {"continued_from": first})], speed)
    elif form == "radio_words_partly":
        said, m = said_partly_radio(raw, rng)
        call.say_turn("customer", [carrier, ("，".join(said) + "。", True, {"radio_words": m})], speed)
    elif form == "mutters_first":
        db = rng.uniform(13, 19)
        call.say_turn("customer", [(rng.choice(MUTTER_LEAD), False)])
        call.say_turn("customer", [("".join(groups) + "。", True, {"muttered": True, "db_down": round(db, 1)})],
                      min(1.1, speed * 1.3), gain=10 ** (-db / 20))
        call.say_turn("customer", [(rng.choice(MUTTER_AFTER), False), carrier, (joined, True)], speed)
    elif form == "named_thirds":
        yao = rng.randrange(2)
        parts = [said9(g, random.Random(yao)) for g in chunks(number, (3, 4, 4))]
        call.say_turn("customer", [(THIRDS[0], False), (parts[0], True, {"head": True}),
                                   (THIRDS[1], False), (parts[1], True, {"continued_from": 3}),
                                   (THIRDS[2], False), (parts[2] + "。", True, {"continued_from": 7})], speed)
    elif form == "home_and_work":
        while (work := make_number("landline", rng)) == number:
            pass
        others.append(work)
        home_said = joined
        work_said = "，".join(said_groups(raw_groups(kind, work), rng)) + "。"
        home = [(rng.choice(HOME_WORK["home"]), False), (home_said, True)]
        away = [(rng.choice(HOME_WORK["work"]), False), (work_said, True, {"other": work})]
        order = home + away if rng.random() < 0.5 else away + home
        call.say_turn("customer", [(rng.choice(HOME_WORK_LEAD), False)] + order, speed, gaps=(0.05, 0.12))
    elif form == "region_named":
        place = place_of(number)
        lead = rng.choice(PLACE_LEAD).format(place=place)
        call.say_turn("customer", [(lead, False), (joined, True, {"place": place})], speed)
    elif form == "groups_counted":
        sizes = fours(len(number))
        yao = rng.randrange(2)
        parts = [said9(g, random.Random(yao)) for g in chunks(number, sizes)]
        pieces, at = [carrier], 0
        for k, p in enumerate(parts):
            pieces.append((ORDINAL[k] + "，", False))
            pieces.append((p + ("。" if k == len(parts) - 1 else "，"), True,
                           {"head": True} if k == 0 else {"continued_from": at}))
            at += sizes[k]
        call.say_turn("customer", pieces, speed)
    else:
        raise ValueError(form)


kinds_and_forms = kinds_and_forms_of(ASK27, FORMS)


def make_blind27_call(engine, rng: random.Random, call_id: str, stem: str, out: Path,
                      kind_form: tuple[str, str] = ("none", "none")) -> dict:
    """A call reading one number as ``kind_form`` says, or a hard negative throughout (kind "none")."""
    return FRAME.make(Call27(engine, rng), kind_form, call_id, stem, out)


def negative27(template: str, rng: random.Random) -> str:
    r = Draw(rng, said27)
    digits, d = r.digits, r.said
    plain = lambda s: "".join(NUM[c] for c in s)  # noqa: E731  (years with 一, never 幺)
    fill = {"voyage": d(digits(4)), "cabin": _cn(rng.randint(101, 420)), "eh": _cn(rng.randint(6, 11)),
            "send": d(digits(6)), "water": d(digits(10)), "tons": _cn(rng.randint(120, 2600)),
            "dose": _cn(rng.randint(1, 3)), "desk": _cn(rng.randint(1, 12)), "obs": _cn(rng.choice((15, 30))),
            "by": plain(str(rng.randint(2026, 2028))), "bm": _cn(rng.randint(1, 12)), "bd": _cn(rng.randint(1, 28)),
            "bbfee": _cn(rng.choice((360, 480, 599, 720, 960))), "cash": _cn(rng.randint(3, 88)),
            "cdays": _cn(rng.randint(1, 7)), "prize": d(digits(8)), "pm": _cn(rng.randint(1, 12)),
            "pd": _cn(rng.randint(1, 28)), "rh": _cn(rng.randint(1, 5)), "lift": _cn(rng.randint(1, 6)),
            "cold": _cn(rng.randint(15, 25)), "dh": _cn(rng.randint(3, 6)),
            "bib": d(digits(5)), "stuid": d(digits(8, "2")), "grade": _cn(rng.randint(1, 6)),
            "cls": _cn(rng.randint(1, 12)), "voyage2": d(digits(4)), "sea": _cn(rng.randint(2, 14)),
            "live": d(digits(9)), "lh": _cn(rng.randint(7, 11)), "cat": _cn(rng.randint(2, 15)),
            "catjin": _cn(rng.randint(8, 22)), "panels": _cn(rng.randint(12, 40)), "pv": _cn(rng.randint(15, 90)),
            "score": _cn(rng.choice((80, 85, 90, 95, 100))), "tries": _cn(rng.randint(2, 5)),
            "inch": _cn(rng.choice((6, 8, 10, 12))), "age": _cn(rng.randint(1, 90)), "spo2": _cn(rng.randint(93, 99))}
    return template.format(**fill)


def negative(call: Call27, role: str) -> None:
    text = negative27(call.rng.choice(NEGATIVE27[role]), call.rng)
    call.negatives.append({"role": role, "text": text, "span_s": call.say_turn(role, [(text, False)])[0]})


FRAME = NumberCallFrame(forms="blind27", ask=ASK27, number=number27, read_number=read_number,
                        negative=negative, closing=CLOSING_LOGGED)
