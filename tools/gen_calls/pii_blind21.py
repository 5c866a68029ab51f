"""``--forms blind21``: personal numbers read in ways none of ``wide``, ``blind7``, ``blind9``, ``blind17``, ``blind18``, ``blind19`` and ``blind20`` has, and new hard negatives.

Written blind (set 21), without reading the detector, after reading the ``wide``, ``blind7``,
``blind9``, ``blind17``, ``blind18``, ``blind19`` and ``blind20`` forms so as to avoid them.
Nobody tuning the detector should read this module: the set it makes is only worth something
while the detector has not been fitted to it.

Forms every kind of number can take:

- ``in_car``: the caller is driving, on the car's Bluetooth (我在开车，蓝牙接的): an engine's drone
  and the indicator's tick-tock on the customer's channel from her first line to the end of her
  reading, 8-12 dB under her speech (listed under ``background``, ``what: car``);
- ``fast_then_slow``: the number rattled off in one breath, no pause between groups (Kokoro speed
  1.25-1.4), the agent asks for it slower and the caller says it again slowly, group by group
  (speed 0.56-0.66; the readings carry ``fast`` and ``slow``);
- ``dropped_digit``: the first reading leaves out one digit; the agent counts one digit short and
  asks again, and the whole number follows (the short pass carries ``dropped`` with the digits it
  spells);
- ``fix_by_position``: the whole number read with one digit misread (6/8, 3/8, 1/7 …: an embossed
  card worn flat, small print), then, in a new turn, put right by its place only (倒数第三位我看错了，
  不是八，是六); the agent reads the corrected number back whole (an agent reading, ``corrected``);
  the caller's pass carries ``misread`` with the digits it spells;
- ``handed_over``: the caller starts, cannot remember the rest and hands the phone to a son,
  daughter or spouse (a third voice, full level, on the customer's channel), who reads the whole
  number (the first start is ``partial`` + ``cut_off``; the relative's reading carries
  ``speaker: family``; the voice is ``voices.family``);
- ``agent_prefix_rest``: the agent already sees the first digits on file and says them (an agent
  reading, ``partial``); the caller says only the rest (``rest_of``: how many digits came before);
- ``whispered``: a caller keeping a patient company on a ward at night whispers: her voice on
  every line from then on is quiet and breathy (pre-emphasised, ~10 dB down, noise following its
  envelope; the reading carries ``whispered``).

Each kind's own: a mobile given as the caller's WeChat ID (微信号就是我手机号, ``as_wechat_id``); a
landline followed by the hours someone answers it (``with_call_hours``, the hours under
``lookalikes``); a child's 身份证 read off the 户口本 (``child_hukou``, born 2010-2021); a credit
card followed by its statement and repayment days (``with_bill_days``, the days under
``lookalikes``).  No email.

New hard negatives: a car's 车架号 last six, a gift card's 卡密 (16 digits), a share's closing
price, a parcel's shelf label at a 驿站, a cinema hall, row and seat, penalty points and a fine,
a petrol price, a transfer fee in 千分之, a health check's 体检编号; a car's year and its 车架号
last six, a top-up card's 18-digit password, a car rental's deposit and daily rate, a match score,
a 限行 tail number, a due date, a 公积金 payment, a fund's net value, a fitness band's steps.
Every long digit string is drawn until it is no valid mobile, landline, 身份证 or card, and no
stretch inside is one (``lookalike_free``, blind19's).

English digits and letters are left out: Kokoro's Chinese voice drops Latin letters.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from scipy.signal import lfilter
from stdnum.cn import ric

from heldout import ALL_VOICES
from pii_blind7 import chunks, kinds_and_forms_of
from pii_blind9 import _cn, said9
from pii_blind18 import personal  # noqa: F401  (tests use it from here)
from pii_blind19 import lookalike_free
from pii_blind20 import Call20, groups20, raw_groups
from pii_calls import ASK, CLOSING_LOGGED, NUM, SR, NumberCallFrame, make_number

ASK21 = dict(ASK)
CARRIER21 = {
    "mobile": ("我的手机你记下来，", "手机号码我报给你，", "我这阵子用的号是"),
    "landline": ("座机号我报给你，", "固定电话是", "家里的电话你记一下，"),
    "id_card": ("身份证号码我念了啊，", "我的证件号是", "我把身份证号告诉你，"),
    "bank_card": ("卡号我念给你，", "我的银行卡号码是", "这张卡的号是"),
}
FORMS = {  # forms every kind of number can take, and each kind's own
    "any": ("in_car", "fast_then_slow", "dropped_digit", "fix_by_position", "handed_over", "agent_prefix_rest",
            "whispered"),
    "mobile": ("as_wechat_id",),
    "landline": ("with_call_hours",),
    "id_card": ("child_hukou",),
    "bank_card": ("with_bill_days",),
}
CAR = ("我在开车呢，蓝牙接的，你说话大声点，", "我这会儿在高速上开车，用车载蓝牙跟你说，")
CAR_OK = ("好的，您注意安全，慢慢说。", "好的，不着急，您开车注意安全。")
FAST_ASK = ("不好意思，您说得太快了，我没记全，麻烦您慢一点再说一遍。", "您稍微慢一点好吗？刚才那遍我没跟上。")
SLOW_AGAIN = ("哦，好，那我慢慢说，", "行，我一组一组慢慢念，")
DROP_ASK = "我这边记下来只有{n}位，好像漏了一位，麻烦您从头再报一遍。"
DROP_AGAIN = ("是吗？那我再念一遍，", "哦，可能念漏了，我重新说，")
CONFUSE = {"6": "8", "8": "6", "3": "8", "1": "7", "7": "1", "0": "8", "5": "6", "9": "8"}
FIX_WAIT = ("好的，我记一下。", "嗯，好的。")
FIX_SAY = ("哎，不对，{pos}我看错了，不是{wrong}，是{right}，", "等一下，刚才{pos}说错了，不是{wrong}，应该是{right}，")
FIX_WHY = {"bank_card": ("卡上的字是凸出来的，磨平了看不清。", "卡用了好多年了，上面的数字都磨花了。"),
           "any": ("字太小了，我眼神不好。", "我没戴老花镜，看岔了。")}
FIX_BACK = ("好的，那我跟您再核对一遍，", "好的，那更正以后是")
FIX_OK = ("对，这回没错了。", "对对，是这个。")
HAND_STOP = ("哎，后面的我记不清了，我让我{who}跟你说。", "后面几位我想不起来了，你等一下，我叫我{who}来说。")
HAND_WHO = {"zm": ("儿子", "爱人"), "zf": ("女儿", "爱人")}
HAND_START = ("喂，你好，我来说吧，", "喂，我是{he}家里人，号码是")
PREFIX_AGENT = ("我这边系统里看到您留的是", "我这里显示的是")
PREFIX_AGENT_END = ("开头的，后面的您说一下？", "开头，后面几位麻烦您报一下。")
PREFIX_REST = ("对，后面是", "对的，后面接着是")
WHISPER = ("我在医院陪床呢，病人睡着了，我小声跟你说啊，", "不好意思，我在病房里，不方便大声，我轻轻说，")
WHISPER_OK = ("好的，您说，我听得到。", "没关系，我这边听得清，您说。")
WECHAT = ("你加我微信吧，微信号就是我手机号，", "我微信号跟手机号是一个，")
WECHAT_ASK = ("好的，这个号也是您的联系电话吧？", "好的，打电话也是打这个号吗？")
WECHAT_OK = ("对，打电话发微信都是这个。", "是的，都用这一个。")
HOURS_SAY = ("，工作日", "，周一到周五")
HOURS_END = "有人接。"
HUKOU = ("是给孩子办的，我看着户口本念，", "孩子的身份证号，户口本上抄的，")
BILL = ("，这张是信用卡，", "，是张信用卡，")

NEGATIVE21 = {
    "agent": ("您车辆的车架号后六位是{vin6}，跟行驶证上的对得上。",
              "您买的礼品卡卡密是{giftpin}，在我们小程序里输进去就能兑换。",
              "这只股票今天收盘价{sprice}元，跌了百分之{pct}。",
              "您的快递在驿站{shelf}号架子第{layer}层，标签上写的是{shelf}杠{layer}杠{seq}。",
              "电影票是{hall}号厅{row}排{seat}座，开场前二十分钟到影院取票。",
              "您这次违章扣{points}分，罚款{fine}元，在交管软件上就能处理。",
              "今天九十二号汽油每升{fuel}元，九十五号的贵{jiao}毛。",
              "跨行转账的手续费是千分之{permille}，最低{minfee}元。",
              "您的体检编号是{tijian}，报告三个工作日以后出来。"),
    "customer": ("我这辆车是{year}年的，车架号后六位{vin6}，保险还能续吗？",
                 "我买了张充值卡，面值{face}，刮开的密码是{cardpwd}，怎么充不进去？",
                 "租车押金交了{deposit}，日租金{rent}，我一共租了{days}天。",
                 "昨天那场球比分是{goal1}比{goal2}，你们竞猜怎么还没给我结算？",
                 "我们这边星期{weekday}限行尾号{tail1}和{tail2}，我那天就没开车。",
                 "我爱人预产期是{month}月{day}号，那个月的保险能不能先停一下？",
                 "我公积金每个月交{gjj}，比例是百分之十二，能贷多少？",
                 "我买的那个基金今天净值一点{nav}，已经亏了{loss}块了。",
                 "我手环上显示今天走了{steps}步，怎么积分才给了{pts}分？"),
}


def said21(digits: str, rng: random.Random) -> str:
    """Digits as said, 幺 or 一 for the whole run, X as 叉."""
    return said9(digits, rng)


def _place(number: str, at: int) -> str:
    """Where a digit is, the way a caller names it: from the end when it is near the end."""
    back = len(number) - at
    return f"倒数第{_cn(back)}位" if back <= 8 else f"第{_cn(at + 1)}位"


def _confusable(number: str) -> list[int]:
    """Positions whose digit is easily misread, past a mobile's prefix and short of the last digit."""
    return [k for k in range(3, len(number) - 1) if number[k] in CONFUSE]


def fours(n: int) -> tuple[int, ...]:
    """Fours, the one or two digits left over going with the last four, three left over a group."""
    sizes = [4] * (n // 4)
    if n % 4 == 3 or not sizes:
        sizes.append(n % 4)
    elif n % 4:
        sizes[-1] += n % 4
    return tuple(sizes)


def child_id(rng: random.Random) -> str:
    """A valid 身份证 of a child born 2010-2021: a drawn number's region, a new birth date and
    sequence, the check digit computed again."""
    n = make_number("id_card", rng)
    y, m, d = rng.randint(2010, 2021), rng.randint(1, 12), rng.randint(1, 28)
    body = f"{n[:6]}{y:04d}{m:02d}{d:02d}{n[14:17]}"
    return body + ric.calc_check_digit(body + "0")  # (the function drops the last character: the check digit)


def number21(kind: str, form: str, rng: random.Random) -> str:
    if form == "child_hukou":
        return child_id(rng)
    if form == "fix_by_position":
        while not _confusable(n := make_number(kind, rng)):
            pass
        return n
    return make_number(kind, rng)


def whisper(y: np.ndarray, seed: int) -> np.ndarray:
    """A whisper: the voice pre-emphasised (less voicing, more hiss), ~10 dB quieter, with breath
    noise following its envelope at about its own level."""
    y = np.asarray(y, dtype=float)
    level = np.sqrt(np.mean(y ** 2)) + 1e-9
    thin = lfilter([1.0, -0.95], [1.0], y)
    thin *= level / (np.sqrt(np.mean(thin ** 2)) + 1e-9)
    env = np.convolve(np.abs(y), np.ones(120) / 120, mode="same")
    breath = lfilter([1.0, -0.5], [1.0], np.random.default_rng(seed).standard_normal(len(y))) * env
    breath *= 0.8 * level / (np.sqrt(np.mean(breath ** 2)) + 1e-9)
    return 0.32 * (thin + breath)


def car_noise(n: int, rms: float, rng: np.random.Generator) -> np.ndarray:
    """An engine's drone (a wobbling 90-130 Hz tone with harmonics over low rumble) at ``rms`` and
    the indicator's tick-tock (short 2-3 kHz clicks, alternately louder, every 0.35-0.42 s)."""
    t = np.arange(n) / SR
    f0 = rng.uniform(90, 130) * (1 + 0.03 * np.sin(2 * np.pi * rng.uniform(0.1, 0.3) * t))
    phase = 2 * np.pi * np.cumsum(f0) / SR
    drone = sum(a * np.sin(h * phase) for h, a in ((1, 1.0), (2, 0.6), (3, 0.35), (4, 0.2)))
    rumble = lfilter([1.0], [1.0, -0.97], rng.standard_normal(n))
    rumble *= np.sqrt(np.mean(drone ** 2)) / (np.sqrt(np.mean(rumble ** 2)) + 1e-9)
    bed = drone + 0.8 * rumble
    bed *= rms / (np.sqrt(np.mean(bed ** 2)) + 1e-9)
    period, at, k = rng.uniform(0.35, 0.42), rng.uniform(0.0, 0.3), 0
    click_t = np.arange(int(0.012 * SR)) / SR
    while at < n / SR:
        f = rng.uniform(2000, 3000)
        click = np.sin(2 * np.pi * f * click_t) * np.exp(-click_t / 0.002) * (2.5 if k % 2 == 0 else 1.6) * rms
        i = int(at * SR)
        bed[i:i + len(click)] += click[: max(0, n - i)]
        at += period
        k += 1
    return bed


class _Voice21:
    """The call's engine: the whispering caller's lines come out whispered."""

    def __init__(self, engine, call: "Call21"):
        self.engine, self.call = engine, call

    def phrase(self, text: str, voice: str, speed: float) -> np.ndarray:
        y = np.asarray(self.engine.phrase(text, voice, speed), dtype=float)
        call = self.call
        if call.whisper and voice == call.voices["customer"]:
            y = whisper(y, call.whisper + len(text))
        return y


class Call21(Call20):
    """Call20 with a whispering caller, and a car's noise under the caller's turns."""

    def __init__(self, engine, rng: random.Random):
        super().__init__(engine, rng)
        self.engine = _Voice21(self.engine, self)
        self.whisper = 0  # a seed while the caller whispers

    def speech_rms(self, start: float, end: float) -> float:
        """The customer's speech level between two times (voiced samples only)."""
        right = np.concatenate(self.tl.right)[int(start * SR):int(end * SR)]
        voiced = right[np.abs(right) > 1e-3]
        return float(np.sqrt(np.mean(voiced ** 2))) if len(voiced) else 0.1


def read_number(call: Call21, kind: str, number: str, form: str, others: list) -> None:
    """The reading(s) of ``number`` in ``form``, with the lines around them (the agent's request
    already said)."""
    rng = call.rng
    speed = rng.uniform(0.65, 0.9)
    raw = raw_groups(kind, number)
    groups = groups20(kind, number, rng)
    carrier = (rng.choice(CARRIER21[kind]), False)
    joined = "，".join(groups) + "。"
    if form == "in_car":
        start = call.tl.t
        call.say_turn("customer", [(rng.choice(CAR), False)])
        call.say_turn("agent", [(rng.choice(CAR_OK), False)])
        call.say_turn("customer", [carrier, (joined, True, {"car": True})], speed)
        end = call.tl.t
        db = rng.uniform(8, 12)
        rms = call.speech_rms(start, end) * 10 ** (-db / 20)
        noise = car_noise(int((end - start) * SR), rms, np.random.default_rng(rng.randrange(2 ** 30)))
        call.under.append((round(start, 3), noise))
        call.background.append({"what": "car", "role": "customer", "db_under": round(db, 1),
                                "span_s": (round(start, 3), round(start + len(noise) / SR, 3))})
    elif form == "fast_then_slow":
        call.say_turn("customer", [carrier, ("".join(groups) + "。", True, {"fast": True})],
                      rng.uniform(1.25, 1.4))
        call.say_turn("agent", [(rng.choice(FAST_ASK), False)])
        call.say_turn("customer", [(rng.choice(SLOW_AGAIN), False), (joined, True, {"slow": True})],
                      rng.uniform(0.56, 0.66))
    elif form == "dropped_digit":
        at = rng.randrange(3, len(number) - 1)
        short = number[:at] + number[at + 1:]
        sizes = [len(g) for g in raw]
        j = next(j for j in range(len(sizes)) if at < sum(sizes[:j + 1]))
        sizes[j] -= 1
        yao = rng.randrange(2)
        text = "，".join(said9(g, random.Random(yao)) for g in chunks(short, tuple(sizes))) + "。"
        call.say_turn("customer", [carrier, (text, True, {"dropped": short})], speed)
        call.say_turn("agent", [(DROP_ASK.format(n=_cn(len(short))), False)])
        call.say_turn("customer", [(rng.choice(DROP_AGAIN), False), (joined, True)], speed)
    elif form == "fix_by_position":
        at = rng.choice(_confusable(number))
        wrong = number[:at] + CONFUSE[number[at]] + number[at + 1:]
        yao = rng.randrange(2)
        wrong_said = [said9(g, random.Random(yao)) for g in chunks(wrong, tuple(len(g) for g in raw))]
        call.say_turn("customer", [carrier, ("，".join(wrong_said) + "。", True, {"misread": wrong})], speed)
        call.say_turn("agent", [(rng.choice(FIX_WAIT), False)])
        word = lambda c: "幺" if c == "1" and yao else NUM[c]  # noqa: E731
        fix = rng.choice(FIX_SAY).format(pos=_place(number, at), wrong=word(wrong[at]), right=word(number[at]))
        call.say_turn("customer", [(fix + rng.choice(FIX_WHY.get(kind, FIX_WHY["any"])), False)])
        back = groups20(kind, number, rng)
        call.say_turn("agent", [(rng.choice(FIX_BACK), False), ("，".join(back) + "，", True, {"corrected": True}),
                                ("对吗？", False)], 0.8)
        call.say_turn("customer", [(rng.choice(FIX_OK), False)])
    elif form == "handed_over":
        k = rng.randint(1, max(1, len(groups) - 2))
        family = rng.choice([v for v in ALL_VOICES if v not in call.voices.values()])
        who = rng.choice(HAND_WHO[family[:2]])
        call.say_turn("customer", [carrier, ("，".join(groups[:k]) + "……", True, {"partial": True, "cut_off": True}),
                                   (rng.choice(HAND_STOP).format(who=who), False)], speed)
        call.voices["family"] = family
        he = "他" if call.voices["customer"].startswith("zm") else "她"
        call.say_turn("customer", [(rng.choice(HAND_START).format(he=he), False), (joined, True)], speed, voice=family,
                      speaker="family")
    elif form == "agent_prefix_rest":
        k = {"mobile": 3, "landline": len(raw[0]), "id_card": 6, "bank_card": 6}[kind]
        yao = random.Random(rng.randrange(2))
        call.say_turn("agent", [(rng.choice(PREFIX_AGENT), False),
                                (said9(number[:k], yao), True, {"partial": True}),
                                (rng.choice(PREFIX_AGENT_END), False)], 0.8)
        rest = [said9(g, yao) for g in chunks(number[k:], fours(len(number) - k))]
        call.say_turn("customer", [(rng.choice(PREFIX_REST), False), ("，".join(rest) + "。", True, {"rest_of": k})],
                      speed)
    elif form == "whispered":
        call.whisper = rng.randrange(1, 2 ** 30)
        call.say_turn("customer", [(rng.choice(WHISPER), False)])
        call.say_turn("agent", [(rng.choice(WHISPER_OK), False)])
        call.say_turn("customer", [carrier, (joined, True, {"whispered": True})], speed)
    elif form == "as_wechat_id":
        call.say_turn("customer", [(rng.choice(WECHAT), False), (joined, True)], speed)
        call.say_turn("agent", [(rng.choice(WECHAT_ASK), False)])
        call.say_turn("customer", [(rng.choice(WECHAT_OK), False)])
    elif form == "with_call_hours":
        h1, h3 = rng.randint(8, 9), rng.randint(1, 2)
        hours = f"上午{_cn(h1)}点到{_cn(rng.randint(11, 12))}点半，下午{_cn(h3)}点到{_cn(rng.randint(5, 6))}点"
        spans = call.say_turn("customer", [carrier, ("，".join(groups), True), (rng.choice(HOURS_SAY), False),
                                           (hours, False), (HOURS_END, False)], speed)
        call.lookalikes.append({"role": "customer", "text": hours, "what": "接听时间", "span_s": spans[3]})
    elif form == "child_hukou":
        call.say_turn("customer", [(rng.choice(HUKOU), False), (joined, True, {"child": True})], speed)
    elif form == "with_bill_days":
        d1 = rng.randint(1, 28)
        days = f"账单日是每月{_cn(d1)}号，还款日是{_cn((d1 + rng.randint(17, 19)) % 28 + 1)}号。"
        spans = call.say_turn("customer", [carrier, ("，".join(groups), True), (rng.choice(BILL), False),
                                           (days, False)], speed)
        call.lookalikes.append({"role": "customer", "text": days, "what": "账单日", "span_s": spans[3]})
    else:
        raise ValueError(form)


kinds_and_forms = kinds_and_forms_of(ASK21, FORMS)


def make_blind21_call(engine, rng: random.Random, call_id: str, stem: str, out: Path,
                      kind_form: tuple[str, str] = ("none", "none")) -> dict:
    """A call reading one number as ``kind_form`` says, or a hard negative throughout (kind "none")."""
    return FRAME.make(Call21(engine, rng), kind_form, call_id, stem, out)


def _free(digits: str) -> bool:
    """``lookalike_free``, a string that python-stdnum cannot place (a region code without
    counties: its ``ric`` raises KeyError) counted as not free and drawn again."""
    try:
        return lookalike_free(digits)
    except KeyError:
        return False


@dataclass(frozen=True)
class Draw:
    """The draws the hard negatives of blind21 onwards are filled with. Each method makes exactly
    the ``rng`` calls, in the same order, of the helpers every ``negativeNN`` used to define for
    itself, so every call written stays the same."""

    rng: random.Random
    sayer: Callable[[str, random.Random], str] = said9  # how a string of digits is said
    first: str = "123456789"  # the first digit's choices where ``digits`` is given none

    def digits(self, n: int, first: str | None = None, before: str = "") -> str:
        """``n`` digits: ``before``, or else one of ``first``, then any; drawn until neither they nor
        any stretch of them is a mobile, landline, 身份证 or card (``_free``)."""
        rng, first = self.rng, self.first if first is None else first
        while not _free(d := (before or rng.choice(first)) + "".join(
                rng.choice("0123456789") for _ in range(n - len(before or "x")))):
            pass
        return d

    def said(self, s: str) -> str:
        """``s`` said digit by digit, the writer's way."""
        return self.sayer(s, self.rng)

    def between(self, lo: int, hi: int) -> str:
        """A value from ``lo`` to ``hi`` (both in) as said (``_cn``)."""
        return _cn(self.rng.randint(lo, hi))

    def choice(self, *xs: int) -> str:
        """One of ``xs`` as said (``_cn``)."""
        return _cn(self.rng.choice(xs))


def negative21(template: str, rng: random.Random) -> str:
    r = Draw(rng, said21, first="0123456789")
    digits, d = r.digits, r.said
    fours = lambda s: "，".join(d(s[k:k + 4]) for k in range(0, len(s), 4))  # noqa: E731
    sixes = lambda s: "，".join(d(s[k:k + 6]) for k in range(0, len(s), 6))  # noqa: E731
    price = lambda lo, hi: f"{_cn(rng.randint(lo, hi))}点{NUM[str(rng.randint(0, 9))]}{NUM[str(rng.randint(1, 9))]}"  # noqa: E731
    fill = {"vin6": d(digits(6)), "giftpin": fours(digits(16, "123456789")), "sprice": price(3, 80),
            "pct": f"{_cn(rng.randint(1, 9))}点{NUM[str(rng.randint(1, 9))]}",
            "shelf": _cn(rng.randint(1, 12)), "layer": _cn(rng.randint(1, 5)), "seq": d(digits(4, "123456789")),
            "hall": _cn(rng.randint(1, 9)), "row": _cn(rng.randint(3, 15)), "seat": _cn(rng.randint(1, 24)),
            "points": rng.choice(("三", "六", "一", "十二")), "fine": _cn(rng.choice((100, 150, 200, 500))),
            "fuel": f"七点{NUM[str(rng.randint(0, 9))]}{NUM[str(rng.randint(1, 9))]}",
            "jiao": rng.choice(("五", "六", "七")), "permille": rng.choice(("一", "二", "五")),
            "minfee": rng.choice(("一", "二", "五")), "tijian": d(digits(rng.choice((10, 12)), before="26")),
            "year": "二零" + d(f"{rng.randint(10, 24)}"), "face": _cn(rng.choice((50, 100, 200))),
            "cardpwd": sixes(digits(18, "123456789")), "deposit": _cn(rng.choice((3000, 5000))),
            "rent": _cn(rng.choice((168, 199, 258, 320))), "days": _cn(rng.randint(3, 7)),
            "goal1": _cn(rng.randint(0, 4)), "goal2": _cn(rng.randint(0, 4)),
            "weekday": rng.choice("一二三四五"), "tail1": NUM[str(rng.randint(1, 5))],
            "tail2": NUM[str(rng.randint(6, 9))], "month": _cn(rng.randint(1, 12)), "day": _cn(rng.randint(1, 28)),
            "gjj": _cn(rng.choice((860, 1240, 1580, 2100, 3360))), "nav": NUM[str(rng.randint(0, 9))] + NUM[str(
                rng.randint(1, 9))] + NUM[str(rng.randint(1, 9))], "loss": _cn(rng.randint(120, 4800)),
            "steps": _cn(rng.randint(3000, 9999)), "pts": _cn(rng.randint(5, 60))}
    return template.format(**fill)


def negative(call: Call21, role: str) -> None:
    text = negative21(call.rng.choice(NEGATIVE21[role]), call.rng)
    call.negatives.append({"role": role, "text": text, "span_s": call.say_turn(role, [(text, False)])[0]})


FRAME = NumberCallFrame(forms="blind21", ask=ASK21, number=number21, read_number=read_number,
                        negative=negative, closing=CLOSING_LOGGED)
