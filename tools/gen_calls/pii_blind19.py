"""``--forms blind19``: personal numbers read in ways none of ``wide``, ``blind7``, ``blind9``, ``blind17`` and ``blind18`` has, and new hard negatives.

Written blind (set 19), without reading the detector, after reading the ``wide``, ``blind7``,
``blind9``, ``blind17`` and ``blind18`` forms so as to avoid them.  Nobody tuning the detector
should read this module: the set it makes is only worth something while the detector has not been
fitted to it.

Forms every kind of number can take:

- ``street_wind``: the caller is walking outside (我在路上走着呢，风大): wind gusts and traffic
  rumble on the customer's channel over her whole turn, 6-10 dB under her speech;
- ``gap_in_group``: a long silent pause (1.3-2.4 s) inside a group, not between groups (the
  reading's text marks it ……; it is one reading whose seconds hold the silence, ``gap_inside``);
- ``customer_checks``: the agent reads the number back whole and the customer goes through it
  again group by group, each group followed by 这个对 (her second pass carries ``recheck: true``);
- ``gou_nine``: 9 said as 勾 (and 1 as 幺) the way some northern and army-trained callers do,
  7 and 0 left as 七 and 零 (a number with at least two 9s);
- ``breaking_up``: the line breaks up (3-6 dropouts of 120-260 ms cut out of the reading), the
  agent says she only heard bits, the caller moves and says it all again (the broken reading
  carries ``broken: true``);
- ``talks_over_agent``: an eager caller starts reading while the agent is still finishing her
  request (0.5-1.1 s of the reading under the agent's last words; ``overlap_s``);
- ``member_no_first``: the caller first reads her 会员号 by mistake (a look-alike, listed under
  ``negatives``), the agent says that is not what she asked for, then the number.

Each kind's own: a mobile said as the same as the spouse's but for the last four (the spouse's
mobile read whole carries ``other``; the caller's four are ``partial``; the agent reads the
caller's number back whole, ``same_but_tail``); a landline given right after a mobile in one
turn, the caller saying which is which only afterwards (the mobile carries ``other``,
``two_then_which``); a 身份证 whose birth date is said first, as a date, then the region code and
the last four (``birth_first``, the date carries ``birth_first: true``); a bank card read off the
back of a passbook with the branch's 网点号 first (``passbook_branch``, the code listed under
``lookalikes``).  No email.

New hard negatives: a 保单号, a bank's 联行号, a company's 统一社会信用代码 (all digits, drawn until it
is no valid 身份证), a 会员号 with its discount, a parcel locker's cabinet and compartment, a
hospital queue number and consulting room, an app version, a car's price in 万 and 千, a metro line
and exit; a book's ISBN, a product barcode, a phone's 串号 (IMEI), shoe sizes, blood pressure, an
air-conditioner's temperatures, a hospital ward and bed, a renovation quote in 万 and 千, and the
words 工资卡 / 身份证 with no number.  Every long digit string is drawn until it is no valid
mobile, landline, 身份证 or card.

English digits and letters are left out: Kokoro's Chinese voice drops Latin letters.
"""

from __future__ import annotations

import random
from pathlib import Path

import numpy as np
from stdnum import luhn
from stdnum.cn import ric

import generate as G
from pii_blind7 import shuffled_cycle
from pii_blind9 import _cn, said9
from pii_blind17 import Call17
from pii_blind18 import groups18, personal
from pii_calls import ASK, NUM, SR, make_number

ASK19 = dict(ASK)
CARRIER19 = {
    "mobile": ("手机你写一下，", "我那个手机号，", "联系我打这个，"),
    "landline": ("座机你写上，", "家里那部电话，", "我们店的固话，"),
    "id_card": ("身份证我说了啊，", "证件号你写一下，", "我那个证上的，"),
    "bank_card": ("卡号你写好，", "收款的卡，", "我绑的那张卡，"),
}
FORMS = {  # forms every kind of number can take, and each kind's own
    "any": ("street_wind", "gap_in_group", "customer_checks", "gou_nine", "breaking_up", "talks_over_agent",
            "member_no_first"),
    "mobile": ("same_but_tail",),
    "landline": ("two_then_which",),
    "id_card": ("birth_first",),
    "bank_card": ("passbook_branch",),
}
KIND_NAME = {"mobile": "手机号码", "landline": "座机号码", "id_card": "身份证号码", "bank_card": "银行卡号"}
STREET = ("我在路上走着呢，风有点大，你听得见吗？", "我在马路边上，车多，有点吵啊，", "外面刮风，我边走边说啊，")
STREET_OK = ("听得见，您说。", "能听到，您大点声说就行。")
CHECK_BACK = ("我念一遍，您对着看一下，", "我复述一下，您听听，")
CHECK_START = ("我对一下啊，", "我一段一段对啊，")
CHECK_OK = ("这个对，",)
CHECK_END = ("都对。", "全对，没问题。")
BROKEN_ASK = ("喂？您那边信号不好，断断续续的，我就听到几个数，您再说一遍好吗？",
              "不好意思，刚才声音一卡一卡的，没听全，麻烦您再报一次。")
BROKEN_MOVE = ("哦，我换个地方，", "我走到窗户边了，你听，")
OVER_TAIL = ("您说，我这边记一下。", "您慢慢说，我来登记。")
MEMBER_LINE = ("我的会员号是{member}。", "会员号，{member}。")
MEMBER_NO = "这个是您的会员号吧？我这边要的是{what}。"
MEMBER_OOPS = ("哦哦，搞错了，", "哎呀，我看串了，")
SAME_TAIL = ("跟我爱人的号就差最后四位，她的是", "我跟我老公的号是连着办的，他的是")
MY_TAIL = ("，我的最后四位是", "，我的就是后四位换成")
SAME_BACK = ("那您的号码就是", "好的，您的是")
TWO_START = ("你记两个号啊，", "我说两个号，")
WHICH_AFTER = ("前面那个是手机，后面那个是家里的座机。", "头一个是我手机，第二个是座机，找我打座机就行。")
WHICH_OK = ("好的，座机记下了，手机也备注上。",)
BIRTH_FIRST = ("我的生日是", "出生日期是")
BIRTH_THEN = ("，身份证开头是", "，身份证前面是")
BIRTH_TAIL = ("，生日就不重复了，最后四位是", "，中间就是生日，后四位是")
PASSBOOK = ("我看存折背面印的啊，先是网点号", "存折后面写着，开户网点")
PASSBOOK_THEN = ("，然后卡号是", "，卡号是")

NEGATIVE19 = {
    "agent": ("您的保单号是{policy}，电子保单已经发到您的短信里了。",
              "对公转账的话，收款行的联行号填{bankcode}。",
              "我们公司的统一社会信用代码是{uscc}，开票的时候抬头下面填这个。",
              "您的会员号是{member}，下次报会员号就能打九折。",
              "您的包裹在东门快递柜，{cabinet}号柜第{slot}格。",
              "您挂的是明天上午的号，就诊序号{seq}号，在三楼{clinic}诊室。",
              "麻烦您先把我们的应用更新到{v1}点{v2}点{v3}版本，再试一下。",
              "这款车的指导价是{wan}万{qian}千，落地大概再加一万出头。",
              "您坐地铁{line}号线，从{exit}号口出来，往前走{metres}米就到了。"),
    "customer": ("书背面印的书号是{isbn}，你们发的不是这本。",
                 "洗发水瓶子上的条形码是{barcode}，扫出来是别的牌子。",
                 "手机的串号是{imei}，盒子上也印着。",
                 "鞋我平时穿{shoe}码的，你们给我发了个{shoe2}码。",
                 "我刚量了血压，高压{high}，低压{low}，要不要紧啊？",
                 "空调显示{set}度，可屋里才{room}度，一点都不制冷。",
                 "我爸住在{ward}病区{bed}床，你们几点过来送？",
                 "装修公司报价{wan}万{qian}千，我觉得太贵了。",
                 "我工资卡每个月{day}号到账，身份证{month}月份到期，这些要不要重新登记？"),
}
REGION_IDS = ("110105", "310104", "440304", "330106", "510107", "420106")


def said19(digits: str, rng: random.Random) -> str:
    """Digits as said, 幺 or 一 for the whole run, X as 叉."""
    return said9(digits, rng)


def said_gou(digits: str) -> str:
    """Digits with 9 as 勾 and 1 as 幺, 7 and 0 as 七 and 零."""
    return "".join({"9": "勾", "1": "幺"}.get(c, NUM.get(c, "叉")) for c in digits)


def number19(kind: str, form: str, rng: random.Random) -> str:
    if form == "gou_nine":  # two 9s at least, for 勾 to be heard
        while (n := make_number(kind, rng)).count("9") < 2:
            pass
        return n
    return make_number(kind, rng)


class _Voice19:
    """The call's engine: a reading whose text holds …… is said as two clips with a silence between
    (``gap`` seconds); with ``drops`` set, clips come back with short stretches cut to silence."""

    def __init__(self, engine, call: "Call19"):
        self.engine, self.call = engine, call

    def phrase(self, text: str, voice: str, speed: float) -> np.ndarray:
        if "……" in text and self.call.gap:
            head, tail = text.split("……", 1)
            y = np.concatenate([np.asarray(self.engine.phrase(head, voice, speed), dtype=float),
                                np.zeros(int(self.call.gap * SR)),
                                np.asarray(self.engine.phrase(tail, voice, speed), dtype=float)])
        else:
            y = np.asarray(self.engine.phrase(text, voice, speed), dtype=float)
        if self.call.drops:
            y = y.copy()
            for _ in range(self.call.drops):  # the draws do not depend on the clip's length
                size, where = int(self.call.rng.uniform(0.12, 0.26) * SR), self.call.rng.random()
                if len(y) > 2 * size:
                    at = size // 2 + int(where * (len(y) - size - size // 2))
                    y[at:at + size] = 0.0
        return y


class Call19(Call17):
    """Call17 with split readings, dropouts, a reading under the agent's words, and street noise."""

    def __init__(self, engine, rng: random.Random):
        super().__init__(engine, rng)
        self.engine = _Voice19(engine, self)
        self.gap, self.drops = 0.0, 0
        self.street: list[tuple[float, float, int, float]] = []  # (start, end, seed, snr dB)
        self.lookalikes: list[dict] = []

    def over_agent(self, agent_text: str, reading: str, lead: float, speed: float) -> float:
        """The agent says ``agent_text``; the customer starts ``reading`` ``lead`` s before the agent
        ends.  Both are written as turns; the reading carries ``overlap_s``.  Returns the overlap."""
        a = np.asarray(self.engine.phrase(agent_text, self.voices["agent"], 0.8), dtype=float)
        c = np.asarray(self.engine.phrase(reading, self.voices["customer"], speed), dtype=float)
        offset = max(0, len(a) - int(lead * SR))
        size = max(len(a), offset + len(c))
        left, right = np.zeros(size), np.zeros(size)
        left[:len(a)] = a
        right[offset:offset + len(c)] = c
        start = self.tl.t
        self.tl.left.append(left)
        self.tl.right.append(right)
        self.tl.t += size / SR
        overlap = round((len(a) - offset) / SR, 3)
        self.turns.append({"role": "agent", "text": agent_text, "readings": []})
        self.readings.append({"role": "customer", "span_s": (round(start + offset / SR, 3),
                                                             round(start + (offset + len(c)) / SR, 3)),
                              "text": reading, "overlap_s": overlap})
        self.turns.append({"role": "customer", "text": reading, "readings": [reading]})
        self.tl.pause(self.rng.uniform(0.5, 0.8))
        return overlap

    def audio(self) -> np.ndarray:
        """The two channels, with wind and traffic mixed into the customer's street turns."""
        left, right = np.concatenate(self.tl.left), np.concatenate(self.tl.right).copy()
        for start, end, seed, snr in self.street:
            a, b = max(0, int((start - 0.3) * SR)), min(len(right), int((end + 0.3) * SR))
            speech = right[int(start * SR):int(end * SR)]
            voiced = speech[np.abs(speech) > 0.05 * max(np.abs(speech).max(), 1e-9)]
            level = float(np.sqrt(np.mean(voiced ** 2))) if len(voiced) else 0.1
            right[a:b] += street_noise(b - a, np.random.default_rng(seed)) * level * 10 ** (-snr / 20)
        audio = np.stack([left, right], axis=1)
        return 0.5 * audio / max(np.abs(audio).max(), 1e-9)


def street_noise(n: int, rng: np.random.Generator) -> np.ndarray:
    """``n`` samples of wind (low-passed noise in slow gusts) and traffic (rumble, a car passing), RMS 1."""
    white = rng.standard_normal(n + 64)
    wind = np.convolve(white, np.ones(24) / 24, mode="same")[:n]  # low-passed: a hiss under 300 Hz or so
    knots = rng.uniform(0.2, 1.0, int(n / (0.35 * SR)) + 3)
    gusts = np.interp(np.arange(n), np.linspace(0, n, len(knots)), knots) ** 2
    brown = np.cumsum(rng.standard_normal(n))
    brown -= np.convolve(brown, np.ones(801) / 801, mode="same")  # drift out, rumble kept
    t = np.arange(n) / SR
    car = np.exp(-((t - rng.uniform(0.2, 0.8) * t[-1]) / rng.uniform(0.8, 1.6)) ** 2) if n else t
    y = wind * gusts / (np.std(wind) + 1e-9) + 0.6 * brown * (0.4 + car) / (np.std(brown) + 1e-9)
    return y / (np.sqrt(np.mean(y ** 2)) + 1e-9)


def gap_split(number: str, groups: list[str], rng: random.Random) -> tuple[str, int]:
    """A group cut inside by ……, each side at least three characters: the text and the group cut."""
    cands = [k for k, g in enumerate(groups) if len(g) >= 4]
    k = rng.choice(cands)
    before = "，".join(groups[:k])
    head_len = sum(len(g) for g in groups[:k])
    # cut inside group k: keep >= 3 characters on each side of the silence (counting neighbours)
    cut = rng.randint(1, len(groups[k]) - 1)
    while head_len + cut < 3 or len(number) - head_len - cut < 3:
        cut = rng.randint(1, len(groups[k]) - 1)
    head = (before + "，" if before else "") + groups[k][:cut]
    tail = groups[k][cut:] + ("，" + "，".join(groups[k + 1:]) if groups[k + 1:] else "")
    return head + "……" + tail + "。", k


def read_number(call: Call19, kind: str, number: str, form: str, others: list) -> None:
    """The reading(s) of ``number`` in ``form``, with the lines around them (the agent's request
    already said, except in ``talks_over_agent``)."""
    rng = call.rng
    speed = rng.uniform(0.65, 0.9)
    groups = groups18(kind, number, rng)
    carrier = (rng.choice(CARRIER19[kind]), False)
    joined = "，".join(groups) + "。"
    if form == "street_wind":
        start = call.tl.t  # the street is heard from her first words to the end of the reading
        call.say_turn("customer", [(rng.choice(STREET), False)])
        call.say_turn("agent", [(rng.choice(STREET_OK), False)])
        call.say_turn("customer", [carrier, (joined, True, {"noisy": True})], speed)
        call.street.append((start, call.tl.t, rng.randrange(2 ** 31), rng.uniform(6, 10)))
    elif form == "gap_in_group":
        text, _ = gap_split(number, groups, rng)
        call.gap = round(rng.uniform(1.3, 2.4), 2)
        call.say_turn("customer", [carrier, (text, True, {"gap_inside": call.gap})], speed)
        call.gap = 0.0
    elif form == "customer_checks":
        call.say_turn("customer", [carrier, (joined, True)], speed)
        call.say_turn("agent", [(rng.choice(CHECK_BACK), False), ("，".join(groups18(kind, number, rng)) + "。", True)],
                      0.95)
        pieces: list[tuple] = [(rng.choice(CHECK_START), False)]
        again = groups18(kind, number, rng)
        for k, g in enumerate(again):
            pieces.append((g + "，", True, {"recheck": True}))
            if k < len(again) - 1:
                pieces.append((rng.choice(CHECK_OK), False))
        pieces.append((rng.choice(CHECK_END), False))
        call.say_turn("customer", pieces, speed)
    elif form == "gou_nine":
        sizes = [len(g) for g in groups]
        at, out = 0, []
        for s in sizes:
            out.append(said_gou(number[at:at + s]))
            at += s
        call.say_turn("customer", [carrier, ("，".join(out) + "。", True)], speed)
    elif form == "breaking_up":
        call.drops = rng.randint(3, 6)
        call.say_turn("customer", [carrier, (joined, True, {"broken": True})], speed)
        call.drops = 0
        call.say_turn("agent", [(rng.choice(BROKEN_ASK), False)])
        call.say_turn("customer", [(rng.choice(BROKEN_MOVE), False), ("，".join(groups18(kind, number, rng)) + "。",
                                                                      True)], speed)
    elif form == "talks_over_agent":
        call.over_agent(ASK19[kind] + rng.choice(OVER_TAIL), joined, rng.uniform(0.5, 1.1), speed)
    elif form == "member_no_first":
        while not lookalike_free(member := "8" + "".join(rng.choice("0123456789") for _ in range(rng.choice((8, 9))))):
            pass
        text = rng.choice(MEMBER_LINE).format(member=said19(member, rng))
        call.negatives.append({"role": "customer", "text": text,
                               "span_s": call.say_turn("customer", [(text, False)])[0]})
        call.say_turn("agent", [(MEMBER_NO.format(what=KIND_NAME[kind]), False)])
        call.say_turn("customer", [(rng.choice(MEMBER_OOPS), False), (joined, True)], speed)
    elif form == "same_but_tail":
        while (spouse := number[:7] + "".join(rng.choice("0123456789") for _ in range(4))) == number:
            pass
        others.append(spouse)
        call.say_turn("customer", [(rng.choice(SAME_TAIL), False),
                                   ("，".join(groups18("mobile", spouse, rng)), True, {"other": spouse}),
                                   (rng.choice(MY_TAIL), False), (said19(number[-4:], rng) + "。", True,
                                                                  {"partial": True})], speed)
        call.say_turn("agent", [(rng.choice(SAME_BACK), False), ("，".join(groups18(kind, number, rng)), True),
                                ("，是这个吧？", False)], 0.95)
        call.say_turn("customer", [(rng.choice(("对，没错。", "对对，是这个。")), False)])
    elif form == "two_then_which":
        mobile = make_number("mobile", rng)
        others.append(mobile)
        call.say_turn("customer", [(rng.choice(TWO_START), False),
                                   ("，".join(groups18("mobile", mobile, rng)) + "。", True, {"other": mobile}),
                                   (joined, True), (rng.choice(WHICH_AFTER), False)], speed, gaps=(0.35, 0.6))
        call.say_turn("agent", [(rng.choice(WHICH_OK), False)])
    elif form == "birth_first":
        birth = number[6:14]
        date = f"{said19(birth[:4], rng)}年{_cn(int(birth[4:6]))}月{_cn(int(birth[6:]))}号"
        k = rng.randrange(2)
        call.say_turn("customer", [(BIRTH_FIRST[k], False), (date, True, {"birth_first": True}),
                                   (BIRTH_THEN[k], False), (said19(number[:6], rng), True),
                                   (rng.choice(BIRTH_TAIL), False), (said19(number[14:], rng) + "。", True)], speed)
    elif form == "passbook_branch":
        branch = said19(f"{rng.randint(1000, 99999)}", rng)
        pieces = [(rng.choice(PASSBOOK), False), (branch, False), (rng.choice(PASSBOOK_THEN), False), (joined, True)]
        spans = call.say_turn("customer", pieces, speed, all_at_speed=False)
        call.lookalikes.append({"role": "customer", "text": branch, "what": "网点号", "span_s": spans[1]})
    else:
        raise ValueError(form)


def kinds_and_forms(rng: random.Random, n: int) -> list[tuple[str, str]]:
    """``n`` (kind, form) pairs: every pair once in a shuffled cycle before any comes twice."""
    return shuffled_cycle(rng, [(kind, form) for kind in ASK19 for form in FORMS[kind] + FORMS["any"]], n)


def make_blind19_call(engine, rng: random.Random, call_id: str, stem: str, out: Path,
                      kind_form: tuple[str, str] = ("none", "none")) -> dict:
    """A call reading one number as ``kind_form`` says, or a hard negative throughout (kind "none")."""
    kind, form = kind_form
    call = Call19(engine, rng)
    negative(call, "agent")
    number, others = "", []
    if kind == "none":
        for role in ("customer", "agent", "customer"):
            negative(call, role)
    else:
        number = number19(kind, form, rng)
        if form != "talks_over_agent":
            call.say_turn("agent", [(ASK19[kind], False)])
        read_number(call, kind, number, form, others)
        if rng.random() < 0.5:
            negative(call, "customer")
    call.say_turn("agent", [("好的，已经帮您登记了，感谢您的来电，再见。", False)])
    truth = {"call_id": call_id, "kind": kind, "number": number, "form": form, "readings": call.readings,
             "span_s": call.readings[0]["span_s"] if call.readings else None, "negatives": call.negatives,
             "voices": call.voices, "forms": "blind19", "turns": call.turns, "names": [], "other_numbers": others,
             "lookalikes": call.lookalikes}
    G.write_call(out, stem, call.audio(), truth)
    return truth


def lookalike_free(digits: str) -> bool:
    """No valid personal number end to end (``personal``), and no stretch inside that is a mobile
    (1[3-9] and nine more, so no 86 + mobile either), has a 身份证's check digit, or passes Luhn
    at 16-19 digits."""
    if personal(digits):
        return False
    for size in range(11, len(digits) + 1):
        for at in range(len(digits) - size + 1):
            w = digits[at:at + size]
            if size == 11 and w[0] == "1" and w[1] in "3456789":
                return False
            if size == 18 and ric.calc_check_digit(w) == w[17]:
                return False
            if 16 <= size <= 19 and luhn.is_valid(w):
                return False
    return True


def negative19(template: str, rng: random.Random) -> str:
    def digits(n: int, first: str = "0123456789", before: str = "") -> str:
        """``n`` digits: ``before``, or else one of ``first``, then any; drawn until neither they nor
        any stretch of them is a mobile, 身份证 or card (``lookalike_free``)."""
        while not lookalike_free(d := (before or rng.choice(first)) + "".join(
                rng.choice("0123456789") for _ in range(n - len(before or "x")))):
            pass
        return d

    d = lambda s: said19(s, rng)  # noqa: E731
    fill = {"policy": d(digits(rng.choice((15, 20, 22)), "8")), "bankcode": d(digits(12, "13")),
            "uscc": d(digits(18, before="91")), "member": d(digits(rng.choice((9, 10)), "8")),
            "cabinet": _cn(rng.randint(1, 12)), "slot": _cn(rng.randint(1, 48)), "seq": _cn(rng.randint(5, 60)),
            "clinic": d(str(rng.randint(301, 320))), "v1": _cn(rng.randint(3, 9)), "v2": _cn(rng.randint(0, 12)),
            "v3": _cn(rng.randint(0, 9)), "wan": _cn(rng.randint(8, 40)), "qian": _cn(rng.randint(1, 9)),
            "line": _cn(rng.randint(1, 16)), "exit": _cn(rng.randint(1, 8)),
            "metres": _cn(rng.choice((100, 200, 300, 500))), "isbn": d(digits(13, before="978")),
            "barcode": d(digits(13, before="69")), "imei": d(digits(15, before="86")),
            "shoe": _cn(shoe := rng.randint(36, 44)), "shoe2": _cn(shoe + rng.choice((-2, -1, 1, 2))),
            "high": _cn(rng.randint(120, 170)),
            "low": _cn(rng.randint(70, 100)), "set": _cn(rng.randint(16, 22)), "room": _cn(rng.randint(27, 33)),
            "ward": _cn(rng.randint(1, 20)), "bed": _cn(rng.randint(1, 40)), "day": _cn(rng.randint(1, 28)),
            "month": _cn(rng.randint(1, 12))}
    return template.format(**fill)


def negative(call: Call19, role: str) -> None:
    text = negative19(call.rng.choice(NEGATIVE19[role]), call.rng)
    call.negatives.append({"role": role, "text": text, "span_s": call.say_turn(role, [(text, False)])[0]})
