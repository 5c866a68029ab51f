"""``--forms blind18``: personal numbers read in ways none of ``wide``, ``blind7``, ``blind9`` and ``blind17`` has, and new hard negatives.

Written blind (set 18), without reading the detector, after reading the ``wide``, ``blind7``,
``blind9`` and ``blind17`` forms so as to avoid them.  Nobody tuning the detector should read this
module: the set it makes is only worth something while the detector has not been fitted to it.

Forms every kind of number can take:

- ``pairs_as_tens``: read two digits at a time as two-digit values (八十八, 三十四; a pair that
  starts with 0 digit by digit, 零五), an odd first digit run said digit by digit;
- ``threes_as_hundreds``: three digits at a time as values (三百零五, 两百一十, 九百; a run that
  starts with 0 digit by digit), the one or two digits left at the end digit by digit;
- ``lost_place``: the caller loses her place halfway (哎，我念到哪儿了？), the agent says to start
  again, and the whole number follows in a new turn (the first half is a ``partial`` reading);
- ``agent_misread``: the agent reads the number back with one digit wrong, the customer puts
  that digit right in words, and the agent reads the whole number back again, right (both agent
  readings are readings on the agent's channel; the wrong one carries ``misheard: true``);
- ``agent_asks_parts``: the agent asks for the number part by part (先说前三位。 … 最后四位呢？)
  and each part is its own customer turn;
- ``in_sentence``: the number said in one breath inside a running sentence, with no pause and no
  comma either side (有事你就打…找我，白天都开机。);
- ``speakerphone``: the caller has the phone on speaker (我开着免提啊): the reading quiet, with a
  short room echo.

Each kind's own: a mobile with a backup mobile of a relative's (``with_backup``, the backup's
reading carries ``other`` with the backup number, also valid); a landline with the city named and
its area code spelled (``city_and_code``); a 身份证 with its birth date said the short way, two-digit
year, month and day as values (八五年三月十二号, ``birthday_short``, that reading carries
``birth_short: true``); a bank card whose bank the agent asks first (``bank_first``).

New hard negatives: 工单号 and a refund's 流水号 (long digit strings, drawn until they are no valid
mobile, landline, 身份证 or card), data used in G and 兆, broadband speed, a queue number and how
many are ahead, opening hours, a coupon code, a parcel's weight and postage, a warranty's years, a
production batch number and shelf life, a parking space, a charging-pile number, a boarding gate
and row, how many digits a card / 身份证 / mobile has (with no number), an area code alone, a TV's
size in 寸, a manual's page and seconds.

English digits and letters are left out: Kokoro's Chinese voice drops Latin letters.
"""

from __future__ import annotations

import random
from pathlib import Path

import numpy as np
from stdnum import luhn
from stdnum.cn import ric

import generate as G
from pii_blind7 import chunks, shuffled_cycle
from pii_blind9 import _cn, said9
from pii_blind17 import Call17
from pii_calls import ASK, NUM, SR, make_number

ASK18 = dict(ASK)
CARRIER18 = {
    "mobile": ("您记一下啊，", "我报给你，", "手机的话，"),
    "landline": ("我报一下座机，", "店里那个电话，", "固定电话啊，"),
    "id_card": ("我念一下身份证，", "证件上的号码，", "你记，身份证，"),
    "bank_card": ("那个卡号，", "你听好啊，卡号，", "卡上印的数字，"),
}
FORMS = {  # forms every kind of number can take, and each kind's own
    "any": ("pairs_as_tens", "threes_as_hundreds", "lost_place", "agent_misread", "agent_asks_parts",
            "in_sentence", "speakerphone"),
    "mobile": ("with_backup",),
    "landline": ("city_and_code",),
    "id_card": ("birthday_short",),
    "bank_card": ("bank_first",),
}
LOST = ("哎，我念到哪儿了？", "等下，我念乱了，", "哎呀，我忘了念到哪了，")
RESTART = ("没关系，您从头再说一遍。", "不着急，您从第一位重新说。")
MISREAD_INTRO = ("我给您复述一下，", "我重复一遍您看对不对，")
FIXED_BACK = ("好的，我再复述一遍，", "明白了，那就是")
PART_ASK = ("先说前{n}位。", "嗯，再往下{n}位？", "接着{n}位呢？", "最后{n}位呢？")
IN_SENTENCE = {"mobile": ("有事你就打", "找我，白天都开机。"), "landline": ("你打", "就能找到我们店里。"),
               "id_card": ("登记的时候写的是", "这个号，你查查。"), "bank_card": ("钱打到", "这张卡上就行。")}
SPEAKER = ("我开着免提啊，你听得清吗？", "我手上拿着东西，开免提跟你说，")
BACKUP_ASK = "有没有备用的联系电话？"
BACKUP_SAY = ("有，我爱人的，", "留我儿子的吧，", "有，我姐的，")
CITY18 = {"010": "北京", "021": "上海", "020": "广州", "022": "天津", "023": "重庆", "024": "沈阳", "025": "南京",
          "027": "武汉", "028": "成都", "029": "西安", "0571": "杭州", "0755": "深圳", "0531": "济南",
          "0731": "长沙", "0371": "郑州", "0591": "福州", "0851": "贵阳", "0871": "昆明", "0451": "哈尔滨",
          "0512": "苏州", "0532": "青岛", "0574": "宁波", "0769": "东莞", "0757": "佛山", "0311": "石家庄"}
CITY_SAY = ("我们这是{city}的，区号", "{city}的号，前面是", "在{city}，区号是")
BANK_ASK = "请问是哪个银行的卡？"
BANKS = ("工商银行", "农业银行", "建设银行", "中国银行", "交通银行", "招商银行", "邮政储蓄", "浦发银行")
BANK_SAY = ("{bank}的，储蓄卡。", "是{bank}的，借记卡。", "{bank}的那张。")
BANK_THEN = ("好的，卡号您说一下。", "好，卡号是多少？")
BIRTH_SAY = ("，中间是我生日，", "，然后是出生日期，")
BIRTH_TAIL = ("，最后四位是", "，后面四个是")

NEGATIVE18 = {
    "agent": ("您的工单号是{ticket}，后续进度凭这个号查询就可以。",
              "您这个月流量用了{gb}个G，还剩{mb}兆。",
              "您现在排在第{queue}位，前面还有{ahead}位客户。",
              "我们营业厅早上{h1}点开门，晚上{h2}点关门，周末照常。",
              "给您发了一张券，券码是{coupon}，下单的时候填进去。",
              "包裹重{kg}公斤，运费是{yuan}块。",
              "银行卡号一般是十六位或者十九位，您数一下是不是少了一位。",
              "身份证号码是十八位，最后一位如果是字母也要说出来。",
              "这台机器保修{years}年，从二零二五年{month}月开始算。"),
    "customer": ("退款的流水号是{refund}，你们系统查一下。",
                 "我家宽带是{mbps}兆的，晚上老是掉线。",
                 "奶粉罐底下的生产批号是{lot}，保质期{shelf}个月。",
                 "我车停在负二层{spot}号车位，充电桩编号是{pile}。",
                 "我老家的区号是{area}，现在搬过来了。",
                 "登机口是{gate}号，我坐{row}排。",
                 "我买的是{inch}寸的电视，说明书第{page}页写着按住{sec}秒重启。",
                 "手机号不是十一位吗？我刚才是不是少说了一位。",
                 "我在你们那排了{minutes}分钟，叫到{queue}号才轮到我。"),
}
AREA_ALONE = ("零二一", "零一零", "零七五五", "零五七一", "零二八", "零五三二")


def said18(digits: str, rng: random.Random) -> str:
    """Digits as said, 幺 or 一 for the whole run, X as 叉."""
    return said9(digits, rng)


def value(run: str) -> str:
    """A run of 2-3 digits not starting with 0 said as a value (八十八, 三百零五, 两百一十, 九百)."""
    n = int(run)
    if n >= 100:
        hundreds, rest = divmod(n, 100)
        head = ("两" if hundreds == 2 else NUM[str(hundreds)]) + "百"
        if rest == 0:
            return head
        if rest < 10:
            return head + "零" + NUM[str(rest)]
        tens, ones = divmod(rest, 10)
        return head + NUM[str(tens)] + "十" + (NUM[str(ones)] if ones else "")
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else NUM[str(tens)]) + "十" + (NUM[str(ones)] if ones else "")


def as_values(number: str, size: int, rng: random.Random) -> list[str]:
    """``number`` in runs of ``size`` (2 or 3) said as values; a run starting with 0 or holding an X
    digit by digit; for pairs an odd first run of three, for threes what is left at the end (one or
    two digits), both digit by digit."""
    yao = rng.random() < 0.5
    digitwise = lambda s: said9(s, random.Random(0 if yao else 1))  # noqa: E731  (one 幺/一 choice)
    if size == 2:
        head = number[:3] if len(number) % 2 else ""
        runs = [head] if head else []
        runs += [number[k:k + 2] for k in range(len(head), len(number), 2)]
        lead = {0} if head else set()
    else:
        cut = len(number) - len(number) % 3
        runs = [number[k:k + 3] for k in range(0, cut, 3)]
        if len(number) % 3:
            runs.append(number[cut:])
        lead = {len(runs) - 1} if len(number) % 3 else set()
    out = []
    for k, run in enumerate(runs):
        if k in lead or run[0] == "0" or "X" in run or len(run) != size:
            out.append(digitwise(run))
        else:
            out.append(value(run))
    return out


def parts18(kind: str, number: str) -> list[str]:
    """The parts the agent asks for: 3-4-4, area code / 4 / rest, 6-8-4, fours (no part under three)."""
    if kind == "mobile":
        sizes = (3, 4, 4)
    elif kind == "landline":
        area = 3 if number[:2] in ("01", "02") else 4
        sizes = (area, 4, len(number) - area - 4)
    elif kind == "id_card":
        sizes = (6, 8, 4)
    else:
        sizes = (4,) * (len(number) // 4)
    out = chunks(number, sizes)
    if len(out[-1]) < 3:
        out[-2:] = [out[-2] + out[-1]]
    return out


def groups18(kind: str, number: str, rng: random.Random) -> list[str]:
    said = lambda s, y: said9(s, random.Random(y))  # noqa: E731
    yao = rng.randrange(2)
    if kind == "id_card":
        sizes = (6, 4, 4, 4)
    elif kind == "bank_card":
        sizes = (4,) * (len(number) // 4)
    else:
        sizes = (3 if number[:2] in ("01", "02") or kind == "mobile" else 4, 4, 4)
    out = chunks(number, sizes)
    if len(out[-1]) < 3:
        out[-2:] = [out[-2] + out[-1]]
    return [said(g, yao) for g in out]


def number18(kind: str, form: str, rng: random.Random) -> str:
    if form == "city_and_code":  # an area code whose city is named here
        while (n := make_number("landline", rng))[:3 if n[:2] in ("01", "02") else 4] not in CITY18:
            pass
        return n
    return make_number(kind, rng)


def personal(digits: str) -> bool:
    """Whether a digit string is (or holds, end to end) a valid mobile, landline, 身份证 or card."""
    return bool((len(digits) == 11 and digits[0] == "1" and digits[1] in "3456789")
                or (digits[:1] == "0" and 10 <= len(digits) <= 12)
                or (len(digits) == 18 and ric.is_valid(digits))
                or (16 <= len(digits) <= 19 and luhn.is_valid(digits)))


class Call18(Call17):
    """Call17 whose turns may also carry a short room echo (speakerphone)."""

    def __init__(self, engine, rng: random.Random):
        super().__init__(engine, rng)
        self.echo = False

    def say_turn(self, role: str, pieces: list[tuple], speed: float = 0.8, gaps: tuple[float, float] = (0.1, 0.2),
                 all_at_speed: bool = False, voice: str | None = None, gain: float = 1.0,
                 speaker: str | None = None) -> list[tuple[float, float]]:
        if not self.echo:
            return super().say_turn(role, pieces, speed, gaps, all_at_speed, voice, gain, speaker)
        engine = self.engine
        self.engine = _Echo(engine)
        try:
            return super().say_turn(role, pieces, speed, gaps, all_at_speed, voice, gain, speaker)
        finally:
            self.engine = engine


class _Echo:
    """An engine whose clips come back with a quieter copy 90-140 ms later (a room, on speaker)."""

    def __init__(self, engine):
        self.engine = engine

    def phrase(self, text: str, voice: str, speed: float) -> np.ndarray:
        y = np.asarray(self.engine.phrase(text, voice, speed), dtype=float).copy()
        d = int(0.115 * SR)
        if len(y) > d:
            y[d:] += 0.35 * y[:-d]
        return y


def read_number(call: Call18, kind: str, number: str, form: str, others: list) -> None:
    """The reading(s) of ``number`` in ``form``, with the lines around them."""
    rng = call.rng
    speed = rng.uniform(0.65, 0.9)
    groups = groups18(kind, number, rng)
    carrier = (rng.choice(CARRIER18[kind]), False)
    joined = "，".join(groups) + "。"
    if form in ("pairs_as_tens", "threes_as_hundreds"):
        runs = as_values(number, 2 if form == "pairs_as_tens" else 3, rng)
        call.say_turn("customer", [carrier, ("，".join(runs) + "。", True)], speed)
    elif form == "lost_place":
        cut = max(1, (len(groups) + 1) // 2)
        call.say_turn("customer", [carrier, ("，".join(groups[:cut]) + "，", True, {"partial": True}),
                                   (rng.choice(LOST), False)], speed)
        call.say_turn("agent", [(rng.choice(RESTART), False)])
        call.say_turn("customer", [(joined, True)], speed)
    elif form == "agent_misread":
        call.say_turn("customer", [carrier, (joined, True)], speed)
        at = rng.randrange(3, len(number) - 2)
        wrong_digit = str((int(number[at]) + rng.randint(1, 9)) % 10)
        wrong = number[:at] + wrong_digit + number[at + 1:]
        call.say_turn("agent", [(rng.choice(MISREAD_INTRO), False),
                                ("，".join(groups18(kind, wrong, rng)) + "，", True, {"misheard": True}),
                                ("对吗？", False)], 0.95)
        call.say_turn("customer", [(f"不对不对，不是{NUM[wrong_digit]}，是{NUM[number[at]]}，别的都对。", False)])
        call.say_turn("agent", [(rng.choice(FIXED_BACK), False), (joined, True)], 0.95)
        call.say_turn("customer", [(rng.choice(("对，这回对了。", "嗯，没错了。")), False)])
    elif form == "agent_asks_parts":
        parts = parts18(kind, number)
        yao = rng.randrange(2)
        for k, part in enumerate(parts):
            ask = PART_ASK[0] if k == 0 else PART_ASK[3] if k == len(parts) - 1 else PART_ASK[1 + (k % 2 == 0)]
            call.say_turn("agent", [(ask.format(n=_cn(len(part))), False)])
            call.say_turn("customer", [(said9(part, random.Random(yao)) + "。", True)], speed)
    elif form == "in_sentence":
        before, after = IN_SENTENCE[kind]
        call.say_turn("customer", [(before, False), (said18(number, rng), True), (after, False)], speed,
                      gaps=(0.0, 0.02), all_at_speed=True)
    elif form == "speakerphone":
        call.say_turn("customer", [(rng.choice(SPEAKER), False)])
        call.echo = True
        call.say_turn("customer", [carrier, (joined, True)], speed, gain=rng.uniform(0.25, 0.35))
        call.echo = False
    elif form == "with_backup":
        call.say_turn("customer", [carrier, (joined, True)], speed)
        call.say_turn("agent", [(BACKUP_ASK, False)])
        while (backup := make_number("mobile", rng)) == number:
            pass
        others.append(backup)
        call.say_turn("customer", [(rng.choice(BACKUP_SAY), False),
                                   ("，".join(groups18("mobile", backup, rng)) + "。", True, {"other": backup})], speed)
    elif form == "city_and_code":
        area = 3 if number[:2] in ("01", "02") else 4
        city = CITY18[number[:area]]
        call.say_turn("customer", [(rng.choice(CITY_SAY).format(city=city), False),
                                   (said18(number[:area], rng) + "，" + "，".join(groups[1:]) + "。", True)], speed)
    elif form == "birthday_short":
        birth = number[6:14]
        date = f"{said18(birth[2:4], rng)}年{_cn(int(birth[4:6]))}月{_cn(int(birth[6:]))}号"
        call.say_turn("customer", [carrier, (said18(number[:6], rng), True), (rng.choice(BIRTH_SAY), False),
                                   (date, True, {"birth_short": True}), (rng.choice(BIRTH_TAIL), False),
                                   (said18(number[14:], rng) + "。", True)], speed)
    elif form == "bank_first":
        bank = rng.choice(BANKS)
        call.say_turn("agent", [(BANK_ASK, False)])
        call.say_turn("customer", [(rng.choice(BANK_SAY).format(bank=bank), False)])
        call.say_turn("agent", [(rng.choice(BANK_THEN), False)])
        call.say_turn("customer", [(joined, True)], speed)
    else:
        raise ValueError(form)


def kinds_and_forms(rng: random.Random, n: int) -> list[tuple[str, str]]:
    """``n`` (kind, form) pairs: every pair once in a shuffled cycle before any comes twice."""
    return shuffled_cycle(rng, [(kind, form) for kind in ASK18 for form in FORMS[kind] + FORMS["any"]], n)


def make_blind18_call(engine, rng: random.Random, call_id: str, stem: str, out: Path,
                      kind_form: tuple[str, str] = ("none", "none")) -> dict:
    """A call reading one number as ``kind_form`` says, or a hard negative throughout (kind "none")."""
    kind, form = kind_form
    call = Call18(engine, rng)
    negative(call, "agent")
    number, others = "", []
    if kind == "none":
        for role in ("customer", "agent", "customer"):
            negative(call, role)
    else:
        number = number18(kind, form, rng)
        if form not in ("agent_asks_parts", "bank_first"):
            call.say_turn("agent", [(ASK18[kind], False)])
        read_number(call, kind, number, form, others)
        if rng.random() < 0.5:
            negative(call, "customer")
    call.say_turn("agent", [("好的，已经帮您登记了，感谢您的来电，再见。", False)])
    truth = {"call_id": call_id, "kind": kind, "number": number, "form": form, "readings": call.readings,
             "span_s": call.readings[0]["span_s"] if call.readings else None, "negatives": call.negatives,
             "voices": call.voices, "forms": "blind18", "turns": call.turns, "names": [], "other_numbers": others}
    G.write_call(out, stem, call.tl.audio(), truth)
    return truth


def negative18(template: str, rng: random.Random) -> str:
    def digits(n: int, first: str = "0123456789", before: str = "") -> str:
        while personal(d := before + rng.choice(first) + "".join(rng.choice("0123456789") for _ in range(n - 1))):
            pass
        return d

    d = lambda s: said18(s, rng)  # noqa: E731
    fill = {"ticket": d(digits(rng.choice((10, 12)), "0", "2026")), "gb": _cn(rng.randint(3, 60)),
            "mb": _cn(rng.randint(100, 900)), "queue": _cn(rng.randint(3, 90)), "ahead": _cn(rng.randint(2, 15)),
            "h1": _cn(rng.randint(8, 9)), "h2": _cn(rng.randint(6, 9)), "coupon": d(digits(rng.choice((8, 10)))),
            "kg": _cn(rng.randint(2, 30)), "yuan": _cn(rng.randint(8, 60)), "years": _cn(rng.randint(1, 3)),
            "month": _cn(rng.randint(1, 12)), "refund": d(digits(rng.choice((20, 22, 24)), "4")),
            "mbps": rng.choice(("一百", "两百", "三百", "五百", "一千")), "lot": d(digits(8, "2")),
            "shelf": rng.choice(("十二", "十八", "二十四")), "spot": _cn(rng.randint(1, 400)),
            "pile": d(digits(8, "3456789")), "area": rng.choice(AREA_ALONE), "gate": _cn(rng.randint(1, 60)),
            "row": _cn(rng.randint(1, 40)), "inch": rng.choice(("五十五", "六十五", "七十五", "八十五")),
            "page": _cn(rng.randint(3, 80)), "sec": _cn(rng.choice((5, 10, 15, 30))), "minutes": _cn(rng.randint(10, 90))}
    return template.format(**fill)


def negative(call: Call18, role: str) -> None:
    text = negative18(call.rng.choice(NEGATIVE18[role]), call.rng)
    call.negatives.append({"role": role, "text": text, "span_s": call.say_turn(role, [(text, False)])[0]})
