"""``--forms blind20``: personal numbers read in ways none of ``wide``, ``blind7``, ``blind9``, ``blind17``, ``blind18`` and ``blind19`` has, and new hard negatives.

Written blind (set 20), without reading the detector, after reading the ``wide``, ``blind7``,
``blind9``, ``blind17``, ``blind18`` and ``blind19`` forms so as to avoid them.  Nobody tuning the
detector should read this module: the set it makes is only worth something while the detector has
not been fitted to it.

Forms every kind of number can take:

- ``photo_zoom``: the caller reads the number off a photo on her phone, stops to zoom in
  (这张照片有点糊，我放大一下……) and goes on by saying the group before the stop once more (the
  second reading carries ``resumed``: how many digits at its head were said already);
- ``cut_in_restart``: the agent breaks in part-way with an unrelated question; the caller answers
  it and starts again from the first digit (the cut-off start is ``partial`` and ``cut_off``);
- ``shuang_pairs``: two equal digits side by side in a group said as 双 (双八, 双零, 幺三双九 …);
- ``twice_one_off``: the number read twice in one turn, the first time with one digit different;
  the agent asks which one holds and the caller says the second (the first reading carries
  ``one_off`` with the digits it spells);
- ``hoarse_cold``: a caller with a cold: a breathy rasp and a lower voice on every line of hers
  from the moment she says so, the reading slow (Kokoro speed 0.6-0.72) with a cough (咳咳, two
  noise bursts) where a group ends (the reading's text marks it ……; ``hoarse``, ``coughs``);
- ``digit_explained``: one or two easily misheard digits (1, 4, 7, 0) explained right after they
  are said, the way callers spell on a bad line (…七，七仙女的七，…); the explanation, which says
  the digit once more, is not a reading;
- ``tv_behind``: a television on in the caller's room: a newsreader's line with its own numbers
  (weather, index points, a channel) in a third voice, quiet, on the customer's channel under her
  reading (listed under ``background``, not a negative line: nobody on the call says it).

Each kind's own: a mobile whose first three digits are said first with the carrier (联通的号，幺八六
打头) and then the whole number (``prefix_first``, the prefix ``partial``); a landline with an
extension and a mobile after it in one breath (``ext_then_mobile``: the extension under
``lookalikes``, the mobile carries ``other``); a 身份证 followed by the validity dates from the
back of the card, read as printed (``validity_after``, the dates under ``lookalikes``); a bank card
first read off the bank's app, where only the first six and last four show (both ``partial``),
then read whole off the card with its expiry month and year after it (``masked_then_card``, the
expiry under ``lookalikes``).  No email.

New hard negatives: a QQ group number, an electricity 户号, a broadband account whose password is
the 身份证's last six (no number said), an exam ticket number and room, an exchange rate, a wedding
banquet's tables and prices, a take-away order's tail number, a motorway exit and a 国道; a door
lock's code, a Wi-Fi password, a card's tail number in a debit text message, exam marks and a
province rank, a child's height and weight, a taxi's number, a parking fee, a temperature and
heart rate, a QQ number.  Every long digit string is drawn until it is no valid mobile, landline,
身份证 or card, and no stretch inside is one (``lookalike_free``).

English digits and letters are left out: Kokoro's Chinese voice drops Latin letters.
"""

from __future__ import annotations

import random
from pathlib import Path

import numpy as np
from scipy.signal import lfilter, resample_poly

from heldout import ALL_VOICES
from pii_blind7 import chunks, shuffled_cycle
from pii_blind9 import _cn, said9
from pii_blind17 import Call17
from pii_blind18 import personal
from pii_blind19 import lookalike_free
from pii_calls import ASK, CLOSING_LOGGED, NUM, SR, NumberCallFrame, make_number

ASK20 = dict(ASK)
CARRIER20 = {
    "mobile": ("我手机号码你登记一下，", "打我手机就行，号码是", "我用的手机，"),
    "landline": ("家里座机你留一下，", "我们办公室的电话，", "座机的号码是这样，"),
    "id_card": ("身份证号我说一下啊，", "你登记一下身份证，", "我身份证是"),
    "bank_card": ("退款退到这张卡，", "你记一下这个卡号，", "银行卡是"),
}
FORMS = {  # forms every kind of number can take, and each kind's own
    "any": ("photo_zoom", "cut_in_restart", "shuang_pairs", "twice_one_off", "hoarse_cold", "digit_explained",
            "tv_behind"),
    "mobile": ("prefix_first",),
    "landline": ("ext_then_mobile",),
    "id_card": ("validity_after",),
    "bank_card": ("masked_then_card",),
}
PHOTO = ("我之前拍了张照片存在手机里，我看着照片念啊，", "我翻一下相册，有张照片，", "我手机里存着截图，我对着念，")
ZOOM = ("哎，这张照片有点糊，我放大一下……", "看不清了，我用两个手指头放大看看……", "等会儿，字太小了，我拉大一点……")
CUT_IN = {"mobile": ("不好意思打断一下，这个号是您自己在用吗？", "是我自己在用，"),
          "landline": ("稍等一下，这个座机是装在家里的吗？", "对，装在家里，"),
          "id_card": ("我先打断一下，是给您本人办吗？", "是给我自己办，"),
          "bank_card": ("不好意思插一句，这张卡是您本人名下的吗？", "是我名下的，")}
RESTART20 = ("那我从头再报一遍，", "我从第一个数重新说啊，")
TWICE_AGAIN = ("我再念一遍你对一下，", "再念一遍啊，")
TWICE_ASK = ("您两遍念的不太一样，以哪一遍为准？", "不好意思，您前后两遍有一个数不一样，哪一遍是对的？")
TWICE_WHICH = ("第二遍那个对，头一遍我看错了。", "以后面那遍为准，前面念岔了。")
COLD = ("不好意思啊，我感冒了，嗓子哑，说话不清楚，", "我这两天重感冒，嗓子都哑了，你听着费劲吧，")
COLD_OK = ("没关系，您慢慢说。", "不要紧，我听得清，您说。")
EXPLAIN = {"1": "一横的一", "4": "四季的四", "7": "七仙女的七", "0": "零蛋的零"}
TV = ("家里电视开着呢，有点吵，我说啊，", "我这边开着电视，你听得清就行，")
TV_LINES = ("明天白天晴转多云，最高气温{t1}度，最低气温{t2}度，偏北风{wind}级。",
            "今天上证指数收于{idx}点，上涨百分之零点{p}。",
            "欢迎收看{ch}频道的新闻节目，下面请看详细报道。",
            "本周末{city}有小到中雨，出门记得带伞，气温{t2}到{t1}度。")
CITIES = ("北京", "上海", "杭州", "成都", "武汉", "南京")
CARRIER_NAME = {**{p: "移动" for p in ("134", "135", "136", "137", "138", "139", "147", "150", "151", "152", "157",
                                       "158", "159", "178", "182", "183", "184", "187", "188", "198")},
                **{p: "联通" for p in ("130", "131", "132", "145", "155", "156", "166", "175", "176", "185", "186")},
                **{p: "电信" for p in ("133", "149", "153", "173", "177", "180", "181", "189", "199")}}
PREFIX_HEAD = ("是{carrier}的号，", "{carrier}的，")
PREFIX_THEN = ("打头，完整的是", "开头的，整个号码是")
EXT_START = ("办公室座机", "单位电话")
EXT_SAY = "转"
EXT_MOBILE = ("，手机", "，或者打手机")
VALIDITY = ("，身份证背面的有效期是", "，反面写的有效期限是")
MASKED_HEAD = ("我先看手机银行上的啊，前六位是", "银行软件上显示前六位是")
MASKED_MID = ("，中间都是星号，后四位是", "，中间显示星号，最后四位是")
MASKED_ASK = ("我们这边得要完整的卡号，您手边有这张卡吗？", "需要全部的卡号，麻烦您找一下实体卡。")
MASKED_CARD = ("有，我把卡拿出来了，", "找到了，卡在这儿，")
EXPIRY = ("，有效期是", "，卡上印的有效期")

NEGATIVE20 = {
    "agent": ("我们售后有个扣扣群，群号{qqgroup}，您加进来随时有人答疑。",
              "您家的电费户号是{huhao}，在网上交电费的时候填这个就行。",
              "宽带账号是{acct}，初始密码是您身份证的后六位。",
              "您孩子的准考证号是{exam}，考场在{bldg}号楼{room}教室。",
              "今天的汇率是一美元兑七块{jiao}毛{fen}，按这个给您换算的。",
              "婚宴您订的是{tables}桌，每桌{per_table}元，定金{deposit}元已经收到了。",
              "您外卖订单的尾号是{tail4}，骑手大概{minutes}分钟送到。",
              "您下了高速走{exit}号出口，上{road}国道再开{km}公里就到。",
              "这个药一天吃{times}次，一次{pills}片，连着吃{days}天。"),
    "customer": ("我家门锁的密码改成{pin}了，你们师傅来了按这个就能进。",
                 "家里无线网的密码是{wifi}，你们那个机顶盒就是连不上。",
                 "短信上说尾号{tail4}的卡扣了{yuan}块，我根本没买东西。",
                 "孩子今年考了{score}分，全省排{rank}名，能报你们学校吗？",
                 "孩子身高一米{cm}，体重{jin}斤，校服要多大号的？",
                 "我坐的那辆出租车车门上写着{taxi}，包落在后座上了。",
                 "我停了{hours}个小时，收了我{yuan}块停车费，太贵了。",
                 "我早上量体温是三十七度{tenth}，心率{hr}，要不要去医院？",
                 "我扣扣号是{qq}，你们活动的奖励发到这个号上。"),
}


def said20(digits: str, rng: random.Random) -> str:
    """Digits as said, 幺 or 一 for the whole run, X as 叉."""
    return said9(digits, rng)


def _word(c: str, yao: bool) -> str:
    w = dict(NUM, X="叉")[c]
    return "幺" if yao and c == "1" else w


def said_shuang(digits: str, yao: bool) -> str:
    """Digits with two equal ones side by side said as 双 (双八, 幺三双九)."""
    out, k = "", 0
    while k < len(digits):
        if k + 1 < len(digits) and digits[k] == digits[k + 1]:
            out += "双" + _word(digits[k], yao)
            k += 2
        else:
            out += _word(digits[k], yao)
            k += 1
    return out


def sizes20(kind: str, number: str) -> tuple[int, ...]:
    """How callers group each kind here: 3-4-4, area code-4-4, 6-4-4-4, fours (no group under three)."""
    if kind == "id_card":
        return (6, 4, 4, 4)
    if kind == "bank_card":  # fours; three left over make a group, one or two go with the last four
        sizes = [4] * (len(number) // 4)
        if len(number) % 4 == 3:
            sizes.append(3)
        elif len(number) % 4:
            sizes[-1] += len(number) % 4
        return tuple(sizes)
    if kind == "landline":
        area = 3 if number[:2] in ("01", "02") else 4
        rest = len(number) - area
        return (area, 4, rest - 4) if rest - 4 >= 3 else (area, rest)
    return (3, 4, 4)


def raw_groups(kind: str, number: str) -> list[str]:
    return chunks(number, sizes20(kind, number))


def groups20(kind: str, number: str, rng: random.Random) -> list[str]:
    """The groups said, one 幺/一 choice for all of them."""
    yao = rng.randrange(2)
    return [said9(g, random.Random(yao)) for g in raw_groups(kind, number)]


def _pair_in_group(kind: str, number: str) -> bool:
    return any(g[k] == g[k + 1] for g in raw_groups(kind, number) for k in range(len(g) - 1))


def _explain_at(number: str) -> list[int]:
    """Positions whose digit can be explained, with three digits or more on each side."""
    return [k for k in range(2, len(number) - 3) if number[k] in EXPLAIN]


def number20(kind: str, form: str, rng: random.Random) -> str:
    if form == "shuang_pairs":  # a pair of equal digits inside a group, for 双 to stand for
        while not _pair_in_group(kind, n := make_number(kind, rng)):
            pass
        return n
    if form == "digit_explained":
        while not _explain_at(n := make_number(kind, rng)):
            pass
        return n
    if form == "prefix_first":  # a prefix whose carrier the caller can name
        while (n := make_number("mobile", rng))[:3] not in CARRIER_NAME:
            pass
        return n
    return make_number(kind, rng)


def cut_said(said: list[str], cuts: list[int]) -> list[str]:
    """The said groups (one character a digit) cut after the given digit counts; the groups' commas
    kept inside each part."""
    flat = [(k, c) for k, g in enumerate(said) for c in g]
    parts, at = [], 0
    for end in list(cuts) + [len(flat)]:
        piece, prev = "", None
        for k, c in flat[at:end]:
            if prev is not None and k != prev:
                piece += "，"
            piece += c
            prev = k
        parts.append(piece)
        at = end
    return parts


def cough(rng: np.random.Generator) -> np.ndarray:
    """Two short coughs (咳咳): bursts of low-passed noise with a fast attack and a slow decay."""
    out = []
    for _ in range(2):
        n = int(rng.uniform(0.16, 0.26) * SR)
        t = np.arange(n) / SR
        env = (1 - np.exp(-t / 0.008)) * np.exp(-t / rng.uniform(0.05, 0.09))
        noise = lfilter([1.0], [1.0, -0.75], rng.standard_normal(n))
        burst = noise * env
        out += [0.5 * burst / (np.abs(burst).max() + 1e-9), np.zeros(int(rng.uniform(0.08, 0.16) * SR))]
    return np.concatenate(out)


def hoarse(y: np.ndarray, seed: int) -> np.ndarray:
    """A hoarse, lower voice: pitch and formants ~8% down (resampled, so a little slower), the top
    softened, and a breathy rasp (noise following the speech's envelope) ~10 dB under it."""
    y = resample_poly(np.asarray(y, dtype=float), 13, 12)
    y = lfilter([0.6, 0.4], [1.0], y)
    env = np.convolve(np.abs(y), np.ones(80) / 80, mode="same")
    rng = np.random.default_rng(seed)
    rasp = lfilter([1.0, -0.9], [1.0], rng.standard_normal(len(y))) * env
    level = np.sqrt(np.mean(y ** 2)) + 1e-9
    rasp *= level * 10 ** (-10 / 20) / (np.sqrt(np.mean(rasp ** 2)) + 1e-9)
    return y + rasp


class _Voice20:
    """The call's engine: the caller with a cold speaks hoarse, and a reading whose text holds ……
    has a cough there."""

    def __init__(self, engine, call: "Call20"):
        self.engine, self.call = engine, call

    def phrase(self, text: str, voice: str, speed: float) -> np.ndarray:
        call = self.call
        if "……" in text and call.cough_seed is not None:
            parts = text.split("……")
            clips = []
            for k, part in enumerate(parts):
                if k:
                    clips += [np.zeros(int(0.12 * SR)), cough(np.random.default_rng(call.cough_seed + k))]
                clips.append(np.asarray(self.engine.phrase(part, voice, speed), dtype=float))
            y = np.concatenate(clips)
        else:
            y = np.asarray(self.engine.phrase(text, voice, speed), dtype=float)
        if call.hoarse and voice == call.voices["customer"]:
            y = hoarse(y, call.hoarse + len(text))
        return y


class Call20(Call17):
    """Call17 with a hoarse caller who coughs, and a television under the caller's reading."""

    def __init__(self, engine, rng: random.Random):
        super().__init__(engine, rng)
        self.raw_engine = engine
        self.engine = _Voice20(engine, self)
        self.hoarse = 0  # a seed while the caller has a cold
        self.cough_seed: int | None = None
        self.under: list[tuple[float, np.ndarray]] = []  # (start s, clip) on the customer's channel
        self.background: list[dict] = []
        self.lookalikes: list[dict] = []

    def audio(self) -> np.ndarray:
        left, right = np.concatenate(self.tl.left), np.concatenate(self.tl.right)
        end = max([len(right)] + [int(s * SR) + len(c) for s, c in self.under])
        left, right = np.pad(left, (0, end - len(left))), np.pad(right, (0, end - len(right)))
        for start, clip in self.under:
            at = int(start * SR)
            right[at:at + len(clip)] += clip
        audio = np.stack([left, right], axis=1)
        return 0.5 * audio / max(np.abs(audio).max(), 1e-9)


def tv_line(rng: random.Random) -> str:
    t2 = rng.randint(-5, 20)
    deg = lambda t: "零下" + _cn(-t) if t < 0 else _cn(t)  # noqa: E731
    return rng.choice(TV_LINES).format(t1=deg(t2 + rng.randint(4, 10)), t2=deg(t2),
                                       wind=_cn(rng.randint(2, 5)), idx=_cn(rng.randint(2900, 3600)),
                                       p=NUM[str(rng.randint(1, 9))], ch=rng.choice(("一", "二", "四", "十三")),
                                       city=rng.choice(CITIES))


def read_number(call: Call20, kind: str, number: str, form: str, others: list) -> None:
    """The reading(s) of ``number`` in ``form``, with the lines around them (the agent's request
    already said)."""
    rng = call.rng
    speed = rng.uniform(0.65, 0.9)
    raw = raw_groups(kind, number)
    groups = groups20(kind, number, rng)
    carrier = (rng.choice(CARRIER20[kind]), False)
    joined = "，".join(groups) + "。"
    if form == "photo_zoom":
        k = rng.randint(1, len(groups) - 1)  # the stop comes after group k; she says group k-1 again
        call.say_turn("customer", [(rng.choice(PHOTO), False), ("，".join(groups[:k]) + "，", True),
                                   (rng.choice(ZOOM), False),
                                   ("，".join(groups[k - 1:]) + "。", True, {"resumed": len(raw[k - 1])})],
                      speed, gaps=(0.6, 1.2))
    elif form == "cut_in_restart":
        cut = rng.randint(4, len(number) - 4)
        head = cut_said(groups, [cut])[0]
        question, answer = CUT_IN[kind]
        call.say_turn("customer", [carrier, (head + "……", True, {"partial": True, "cut_off": True})], speed)
        call.say_turn("agent", [(question, False)])
        call.say_turn("customer", [(answer + rng.choice(RESTART20), False), (joined, True)], speed)
    elif form == "shuang_pairs":
        yao = rng.random() < 0.5
        call.say_turn("customer", [carrier, ("，".join(said_shuang(g, yao) for g in raw) + "。", True)], speed)
    elif form == "twice_one_off":
        at = rng.randrange(3, len(number) - 1)
        wrong = number[:at] + str((int(number[at]) + rng.randint(1, 9)) % 10) + number[at + 1:]
        call.say_turn("customer", [carrier, ("，".join(groups20(kind, wrong, rng)) + "。", True, {"one_off": wrong}),
                                   (rng.choice(TWICE_AGAIN), False), (joined, True)], speed)
        call.say_turn("agent", [(rng.choice(TWICE_ASK), False)])
        call.say_turn("customer", [(rng.choice(TWICE_WHICH), False)])
    elif form == "hoarse_cold":
        call.hoarse = rng.randrange(1, 2 ** 30)
        call.say_turn("customer", [(rng.choice(COLD), False)])
        call.say_turn("agent", [(rng.choice(COLD_OK), False)])
        n_coughs = 1 if len(groups) < 4 else rng.randint(1, 2)
        at = sorted(rng.sample(range(1, len(groups)), n_coughs))
        text = "".join(g + ("……" if k + 1 in at else "，" if k < len(groups) - 1 else "。") for k, g in enumerate(groups))
        call.cough_seed = rng.randrange(2 ** 30)
        call.say_turn("customer", [carrier, (text, True, {"hoarse": True, "coughs": n_coughs})],
                      rng.uniform(0.6, 0.72))
        call.cough_seed = None  # she stays hoarse for the rest of the call
    elif form == "digit_explained":
        cands = _explain_at(number)
        first = rng.choice(cands)
        second = [k for k in cands if k >= first + 4 and k <= len(number) - 4]
        picks = [first] + ([rng.choice(second)] if second and rng.random() < 0.5 else [])
        parts = cut_said(groups, [p + 1 for p in picks])
        pieces: list[tuple] = [carrier]
        for k, part in enumerate(parts):
            last = k == len(parts) - 1
            pieces.append((part + ("。" if last else "，"), True))
            if not last:
                pieces.append((EXPLAIN[number[picks[k]]] + "，", False))
        call.say_turn("customer", pieces, speed)
    elif form == "tv_behind":
        call.say_turn("customer", [(rng.choice(TV), False)])
        tv_voice = rng.choice([v for v in ALL_VOICES if v not in call.voices.values()])
        text, gain, lead = tv_line(rng), rng.uniform(0.16, 0.26), rng.uniform(0.2, 0.6)
        start = round(max(0.0, call.tl.t - lead), 3)
        clip = gain * np.asarray(call.raw_engine.phrase(text, tv_voice, 1.0), dtype=float)
        call.under.append((start, clip))
        call.background.append({"what": "tv", "role": "customer", "text": text, "voice": tv_voice,
                                "gain": round(gain, 3), "span_s": (start, round(start + len(clip) / SR, 3))})
        call.say_turn("customer", [carrier, (joined, True, {"tv": True})], speed)
    elif form == "prefix_first":
        carrier_name = CARRIER_NAME[number[:3]]
        call.say_turn("customer", [(rng.choice(PREFIX_HEAD).format(carrier=carrier_name), False),
                                   (said20(number[:3], rng), True, {"partial": True}),
                                   (rng.choice(PREFIX_THEN), False), (joined, True)], speed)
    elif form == "ext_then_mobile":
        mobile = make_number("mobile", rng)
        others.append(mobile)
        ext = said20(f"{rng.randint(100, 8999)}", rng)
        spans = call.say_turn("customer", [(rng.choice(EXT_START), False), ("，".join(groups), True),
                                           (EXT_SAY + ext, False), (rng.choice(EXT_MOBILE), False),
                                           ("，".join(groups20("mobile", mobile, rng)) + "。", True,
                                            {"other": mobile})],
                              speed, gaps=(0.0, 0.04), all_at_speed=True)
        call.lookalikes.append({"role": "customer", "text": EXT_SAY + ext, "what": "分机", "span_s": spans[2]})
    elif form == "validity_after":
        birth_year = int(number[6:10])
        lo = max(2006, birth_year + 16)
        year = rng.randint(lo, max(lo, 2025))
        month, day = rng.randint(1, 12), rng.randint(1, 28)
        span_years = 20 if year - birth_year < 46 else 10
        date = lambda y: f"{said20(str(y), rng)}点{said20(f'{month:02d}', rng)}点{said20(f'{day:02d}', rng)}"  # noqa: E731
        text = f"{date(year)}，到{date(year + span_years)}。"
        spans = call.say_turn("customer", [carrier, ("，".join(groups), True), (rng.choice(VALIDITY), False),
                                           (text, False)], speed)
        call.lookalikes.append({"role": "customer", "text": text, "what": "有效期", "span_s": spans[3]})
    elif form == "masked_then_card":
        call.say_turn("customer", [(rng.choice(MASKED_HEAD), False), (said20(number[:6], rng), True, {"partial": True}),
                                   (rng.choice(MASKED_MID), False),
                                   (said20(number[-4:], rng) + "。", True, {"partial": True})], speed)
        call.say_turn("agent", [(rng.choice(MASKED_ASK), False)])
        expiry = f"{said20(f'{rng.randint(1, 12):02d}', rng)}，{said20(str(rng.randint(27, 35)), rng)}。"
        spans = call.say_turn("customer", [(rng.choice(MASKED_CARD), False), ("，".join(groups), True),
                                           (rng.choice(EXPIRY), False), (expiry, False)], speed)
        call.lookalikes.append({"role": "customer", "text": expiry, "what": "有效期", "span_s": spans[3]})
    else:
        raise ValueError(form)


def kinds_and_forms(rng: random.Random, n: int) -> list[tuple[str, str]]:
    """``n`` (kind, form) pairs: every pair once in a shuffled cycle before any comes twice."""
    return shuffled_cycle(rng, [(kind, form) for kind in ASK20 for form in FORMS[kind] + FORMS["any"]], n)


def make_blind20_call(engine, rng: random.Random, call_id: str, stem: str, out: Path,
                      kind_form: tuple[str, str] = ("none", "none")) -> dict:
    """A call reading one number as ``kind_form`` says, or a hard negative throughout (kind "none")."""
    return FRAME.make(Call20(engine, rng), kind_form, call_id, stem, out)


def negative20(template: str, rng: random.Random) -> str:
    def digits(n: int, first: str = "0123456789", before: str = "") -> str:
        """``n`` digits: ``before``, or else one of ``first``, then any; drawn until neither they nor
        any stretch of them is a mobile, 身份证 or card (``lookalike_free``)."""
        while not lookalike_free(d := (before or rng.choice(first)) + "".join(
                rng.choice("0123456789") for _ in range(n - len(before or "x")))):
            pass
        return d

    d = lambda s: said20(s, rng)  # noqa: E731
    fill = {"qqgroup": d(digits(rng.choice((9, 10)), "3456789")), "huhao": d(digits(10, "5678")),
            "acct": d(digits(rng.choice((11, 12)), "2345789")), "exam": d(digits(rng.choice((12, 14)), before="26")),
            "bldg": _cn(rng.randint(1, 9)), "room": d(f"{rng.randint(1, 5)}{rng.randint(1, 20):02d}"),
            "jiao": NUM[str(rng.randint(1, 3))], "fen": NUM[str(rng.randint(1, 9))],
            "tables": _cn(rng.randint(8, 40)), "per_table": _cn(rng.choice((1888, 2688, 3288, 3999))),
            "yuan": _cn(rng.choice((36, 88, 129, 258, 45))),
            "deposit": _cn(rng.choice((2000, 5000, 8000))), "tail4": d(digits(4)), "minutes": _cn(rng.randint(15, 45)),
            "exit": _cn(rng.randint(1, 30)), "road": d(f"{rng.randint(1, 3)}{rng.randint(0, 2)}{rng.randint(0, 9)}"),
            "km": _cn(rng.randint(3, 40)), "times": rng.choice(("两", "三")), "pills": rng.choice(("一", "两")),
            "days": _cn(rng.choice((3, 5, 7, 14))), "pin": d(digits(6)), "wifi": d(digits(8, "23456789")),
            "score": _cn(rng.randint(480, 690)), "rank": _cn(rng.randint(1200, 9800)),
            "cm": NUM[str(rng.randint(2, 7))] + NUM[str(rng.randint(0, 9))],
            "jin": _cn(rng.randint(60, 140)), "taxi": d(digits(5, "23456789")),
            "hours": _cn(rng.randint(2, 9)), "tenth": NUM[str(rng.randint(1, 9))], "hr": _cn(rng.randint(62, 110)),
            "qq": d(digits(rng.choice((8, 9, 10)), "23456789"))}
    return template.format(**fill)


def negative(call: Call20, role: str) -> None:
    text = negative20(call.rng.choice(NEGATIVE20[role]), call.rng)
    call.negatives.append({"role": role, "text": text, "span_s": call.say_turn(role, [(text, False)])[0]})


FRAME = NumberCallFrame(forms="blind20", ask=ASK20, number=number20, read_number=read_number,
                        negative=negative, closing=CLOSING_LOGGED)
