"""``--forms blind24``: personal numbers read in ways none of ``wide``, ``blind7``, ``blind9``, ``blind17`` to ``blind23`` has, and new hard negatives.

Written blind (set 24), without reading the detector, after reading the ``wide``, ``blind7``,
``blind9``, ``blind17``, ``blind18``, ``blind19``, ``blind20``, ``blind21``, ``blind22`` and
``blind23`` forms so as to avoid them.  Nobody tuning the detector should read this module: the
set it makes is only worth something while the detector has not been fitted to it.

Forms every kind of number can take:

- ``count_first``: the caller says how many digits the number has (十一位的，…) and then reads it
  grouped in one breath (the reading carries ``count_said``);
- ``hiccups``: a caller with hiccups (我一直打嗝): a hiccup (a glottal click and a short voiced
  "hic") between some groups of her one reading (``hiccups``: how many);
- ``pen_tapping``: the number read off a slip of paper (我抄在纸上了) while she taps a pen on
  the table: irregular hard clicks on her channel under her turn, 6-10 dB under her speech
  (``background``, ``what: pen``);
- ``music_behind``: music playing in the caller's room (chords and a soft beat) under her turn,
  9-13 dB under her speech (``background``, ``what: music``);
- ``running_water``: a caller washing up with the tap running: a hiss of water on her channel
  under her turn, 5-9 dB under her speech (``background``, ``what: water``);
- ``stutter``: a caller who stutters on the first digit of two groups (幺，幺三八): one reading
  whose text spells the stuttered digits (``stutter``: the groups' indices, ``spells``: the digits
  the text spells).

Each kind's own: a mobile read 4-4-3 (``four_four_three``, ``sizes``); a mobile on a line that
drops out: two short holes of digital silence (0.12-0.3 s) inside groups, between two digits, no
digit lost and nothing said again (``line_dropouts``, ``dropouts_s``); a landline given after the
caller names the company's 400 line as not the number she means (``not_the_400``, the 400 line
under ``lookalikes``); a 身份证 ending in X, the caller announcing before the last four that the
last one is a letter (``x_announced``: readings ``head`` (fourteen digits) and the last four with
``continued_from``); a bank card read in two halves with the caller's question to the agent and the
agent's answer between (``halves_with_question``: readings ``head`` and ``continued_from``).
No email.

New hard negatives (nine agent lines, nine customer lines): a 营业执照注册号 (15 digits), a hotel
room with its floor and breakfast, a phone plan's fee and minutes, a flight's delay and new time,
a complaint's call-back hours, a credit card's annual fee and free-after count, a transfer limit in
万, an insurance waiting period and cover in 万, a restaurant booking (date, time, guests, room);
hotel rooms and nights, a school year and its fees, a parcel stuck for days, overtime hours, a
phone's storage in G, boxes of milk, how many times she called and how long she waited, a loan's
借据编号 (16 digits), a heating bill's 缴费编号 (12 digits) and amount.  Every long digit string is
drawn until it is no valid mobile, landline, 身份证 or card, and no stretch inside is one
(blind21's ``_free``).

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
from pii_blind23 import Call23, _under
from pii_calls import ASK, CLOSING_LOGGED, SR, NumberCallFrame, make_number

ASK24 = dict(ASK)
CARRIER24 = {
    "mobile": ("我现在用的手机是", "手机你就记这个，", "你联系我就打"),
    "landline": ("我这个座机号是", "座机的号码是这个，", "我们家固定电话是"),
    "id_card": ("身份证号码我给你念，", "我本人的身份证是", "证件号你就记这个，"),
    "bank_card": ("我要绑的这张卡号是", "那张银行卡的卡号是", "卡号我给你念一下，"),
}
FORMS = {  # forms every kind of number can take, and each kind's own
    "any": ("count_first", "hiccups", "pen_tapping", "music_behind", "running_water", "stutter"),
    "mobile": ("four_four_three", "line_dropouts"),
    "landline": ("not_the_400",),
    "id_card": ("x_announced",),
    "bank_card": ("halves_with_question",),
}
COUNT = ("我这个是{n}位的，", "一共{n}位啊，", "{n}位数，你记一下，")
HICCUP = ("不好意思啊，我一直在打嗝，停不下来，", "我这打嗝打了半天了，你凑合听啊，")
PAPER = ("我抄在纸上了，我看着念啊，", "等我把那张纸拿过来，我写下来了，你听着，")
MUSIC = ("家里放着音乐呢，不碍事吧，我说了啊，", "我这边放着歌呢，你能听清吧？我念了，")
WATER = ("我在厨房洗碗呢，水开着，你听得见吧，", "我这边正接水呢，有点吵，我说啊，")
STUTTER = ("我说话有点结巴，你别着急啊，", "我这个人一着急就结巴，你慢慢听，")
DROPOUT_AGENT = ("您那边信号好像有点断断续续的，不过我听到了。", "声音断了两下，不过号码我记下了。")
FOUR_HOTLINE = ("不是你们那个四零零的啊，四零零{a}，{b}那个是你们的客服，我说我自己的座机，",
                "你别记成四零零那个，四零零{a}，{b}是你们公司的，我家的座机是")
X_HEAD = ("我身份证最后一位是字母，我先说前面的，", "我这个身份证尾巴上有个字母啊，你注意一下，")
X_TAIL = ("最后四位，最后一个是字母，", "后面四位啊，最后是个字母，")
HALF_ASK = ("前面这几位你记下了吗？是不是要说慢一点？", "等一下，你那边是不是只能绑借记卡啊？")
HALF_ANSWER = ("记下了，您接着说后面的。", "可以的，借记卡信用卡都行，您接着说。")
HALF_REST = ("好，后面是", "那我接着说，")

NEGATIVE24 = {
    "agent": ("您提供的营业执照注册号是{licence}，这个我们需要核对一下。",
              "您订的是{floor}楼的{room}房间，早餐在{bf}楼，早上{h}点开始供应。",
              "您现在的套餐是每个月{fee}元，包含{mins}分钟通话。",
              "您的航班延误了大概{hours}个小时，预计{dh}点{dm}分起飞，登机口不变。",
              "您的工单已经加急了，{cb}个小时之内会有专人给您回电。",
              "这张卡的年费是{annual}元，一年刷满{swipes}次就免年费。",
              "手机银行单笔转账限额是{lo}万，一天最多能转{hi}万。",
              "这个保险的等待期是{wait}天，最高能赔{cover}万。",
              "给您订好了，{month}月{day}号晚上{eh}点，{guests}位，{table}号包间。"),
    "customer": ("我订了{rooms}间房，住{nights}个晚上，怎么只扣了一间的钱？",
                 "我家孩子上{grade}年级，这学期学费交了{tuition}块。",
                 "我那个快递在中转站停了{stuck}天了，一动不动的。",
                 "我这个月加了{ot}个小时的班，工资条上根本没算。",
                 "我手机内存一共{total}个G，现在就剩{left}个G了。",
                 "我买了{boxes}箱牛奶，一箱{each}盒，结果少送了一箱。",
                 "我今天打了{times}次了，每次都等{waitmin}分钟才有人接。",
                 "我那个借据编号是{loan}，你帮我查查还剩多少没还。",
                 "取暖费的缴费编号是{heat}，交了{heatfee}块怎么还显示欠费？"),
}


def said24(digits: str, rng: random.Random) -> str:
    """Digits as said, 幺 or 一 for the whole run, X as 叉."""
    return said9(digits, rng)


def said_groups(raw: list[str], rng: random.Random) -> list[str]:
    """Raw digit groups as said, one 幺/一 choice for all of them."""
    yao = rng.randrange(2)
    return [said9(g, random.Random(yao)) for g in raw]


def x_id(rng: random.Random) -> str:
    """A valid 身份证 whose check digit is X."""
    while not (n := make_number("id_card", rng)).endswith("X"):
        pass
    return n


def number24(kind: str, form: str, rng: random.Random) -> str:
    if form == "x_announced":
        return x_id(rng)
    return make_number(kind, rng)


def _norm(clip: np.ndarray, rms: float) -> np.ndarray:
    voiced = clip[np.abs(clip) > 1e-6]
    return clip * rms / (np.sqrt(np.mean(voiced ** 2)) + 1e-9) if len(voiced) else clip


def hiccup(rms: float, rng: np.random.Generator) -> np.ndarray:
    """A hiccup: a sharp glottal click, then a short rising voiced "hic" (f0 230-330 Hz) that dies
    away in 60-100 ms, then a breath of silence (0.15-0.3 s in all)."""
    click_n = int(0.006 * SR)
    click = lfilter([1.0, -0.97], [1.0], rng.standard_normal(click_n)) * np.hanning(click_n)
    k = int(rng.uniform(0.06, 0.1) * SR)
    t = np.arange(k) / SR
    f0 = rng.uniform(230, 330) * (1 + 0.3 * t / t[-1])
    phase = 2 * np.pi * np.cumsum(f0) / SR
    voiced = sum(np.sin(h * phase) / h for h in range(1, 6)) * np.exp(-t / 0.03)
    voiced += 0.1 * rng.standard_normal(k) * np.exp(-t / 0.02)
    body = np.concatenate([click * 2.0, voiced])
    body = _norm(body, rms * rng.uniform(0.8, 1.2))
    before, after = np.zeros(int(rng.uniform(0.04, 0.08) * SR)), np.zeros(int(rng.uniform(0.08, 0.16) * SR))
    return np.concatenate([before, body, after])


def pen_taps(n: int, rms: float, rng: np.random.Generator) -> np.ndarray:
    """A pen tapped on a table: hard 3-6 ms clicks 0.12-0.4 s apart, in runs with short breaks."""
    out = np.zeros(n)
    at = rng.uniform(0.0, 0.3)
    while at < n / SR:
        for _ in range(rng.integers(4, 12)):
            m = int(rng.uniform(0.003, 0.006) * SR)
            tap = lfilter([1.0, -0.9], [1.0], rng.standard_normal(m)) * np.exp(-np.arange(m) / (0.3 * m))
            ring = np.sin(2 * np.pi * rng.uniform(1800, 2600) * np.arange(int(0.02 * SR)) / SR)
            ring *= 0.3 * np.exp(-np.arange(len(ring)) / (0.004 * SR))
            clip = np.concatenate([tap, ring]) * rng.uniform(0.6, 1.4)
            i = int(at * SR)
            seg = out[i:i + len(clip)]
            seg += clip[:len(seg)]
            at += rng.uniform(0.12, 0.4)
        at += rng.uniform(0.5, 1.2)
    return _norm(out, rms)


def music(n: int, rms: float, rng: np.random.Generator) -> np.ndarray:
    """Music from a speaker across the room: a chord (three notes, three harmonics) every 0.5-1 s
    and a soft low thump on each beat, low-passed at 3 kHz."""
    out = np.zeros(n)
    beat = rng.uniform(0.45, 0.6)
    roots = (220.0, 246.9, 196.0, 261.6, 174.6)
    at = 0.0
    while at < n / SR:
        k = int(beat * rng.choice((1, 2)) * SR)
        t = np.arange(k) / SR
        root = roots[rng.integers(len(roots))]
        chord = sum(np.sin(2 * np.pi * root * r * h * t) / h ** 1.5
                    for r in (1.0, 1.26, 1.5) for h in (1, 2, 3)) * np.exp(-t / 1.2)
        thump_t = np.arange(int(0.08 * SR)) / SR
        thump = 3 * np.sin(2 * np.pi * 60 * thump_t) * np.exp(-thump_t / 0.03)
        i = int(at * SR)
        seg = out[i:i + k]
        seg += chord[:len(seg)]
        seg = out[i:i + len(thump)]
        seg += thump[:len(seg)]
        at += k / SR
    b, a = butter(2, 3000 / (SR / 2))
    return _norm(lfilter(b, a, out), rms)


def water(n: int, rms: float, rng: np.random.Generator) -> np.ndarray:
    """A running tap: band-passed hiss (500-3000 Hz) with a fast random flutter and bubbling."""
    noise = rng.standard_normal(n)
    b, a = butter(2, (500 / (SR / 2), 3000 / (SR / 2)), btype="band")
    hiss = lfilter(b, a, noise)
    flutter = 1 + 0.4 * lfilter([0.02], [1.0, -0.98], rng.standard_normal(n))
    out = hiss * flutter
    for _ in range(int(n / SR * 6)):  # bubbles
        m = int(rng.uniform(0.01, 0.03) * SR)
        t = np.arange(m) / SR
        f = rng.uniform(600, 1400) * (1 + 2 * t / t[-1])
        bubble = np.sin(2 * np.pi * np.cumsum(f) / SR) * np.exp(-t / 0.008) * 2.0
        i = int(rng.integers(0, max(1, n - m)))
        seg = out[i:i + m]
        seg += bubble[:len(seg)]
    return _norm(out, rms)


class Call24(Call23):
    """Call23 whose caller may say one reading in pieces with sounds or holes between them."""

    def say_joined(self, role: str, lead: str, parts: list[str], between: list[np.ndarray], text: str,
                   speed: float, extra: dict) -> tuple[float, float]:
        """``lead`` then ``parts`` as one reading (``text``), ``between[k]`` after ``parts[k]``."""
        self.tl.say(role, self.engine.phrase(lead, self.voices[role], 0.8))
        self.tl.say(role, np.zeros(int(self.rng.uniform(0.1, 0.2) * SR)))
        clips = []
        for k, p in enumerate(parts):
            if k:
                clips.append(between[k - 1])
            clips.append(np.asarray(self.engine.phrase(p, self.voices[role], speed), dtype=float))
        span = self.tl.say(role, np.concatenate(clips))
        self.readings.append({"role": role, "span_s": span, "text": text, **extra})
        self.turns.append({"role": role, "text": lead + text, "readings": [text]})
        self.tl.pause(self.rng.uniform(0.5, 0.8))
        return span

    def rms_of(self, text: str, speed: float) -> float:
        clip = np.asarray(self.engine.phrase(text, self.voices["customer"], speed), dtype=float)
        voiced = clip[np.abs(clip) > 1e-3]
        return float(np.sqrt(np.mean(voiced ** 2))) if len(voiced) else 0.1


def read_number(call: Call24, kind: str, number: str, form: str, others: list) -> None:
    """The reading(s) of ``number`` in ``form``, with the lines around them (the agent's request
    already said)."""
    rng = call.rng
    speed = rng.uniform(0.65, 0.9)
    raw = raw_groups(kind, number)
    groups = said_groups(raw, rng)
    carrier = (rng.choice(CARRIER24[kind]), False)
    joined = "，".join(groups) + "。"
    if form == "count_first":
        count = rng.choice(COUNT).format(n=_cn(len(number)))
        call.say_turn("customer", [carrier, (count, False), (joined, True, {"count_said": len(number)})], speed)
    elif form == "hiccups":
        m = len(groups)
        at = sorted(rng.sample(range(m - 1), min(m - 1, rng.choice((2, 3)))))
        rms = call.rms_of(groups[0], speed)
        nrng = np.random.default_rng(rng.randrange(2 ** 30))
        between = [hiccup(rms, nrng) if k in at else np.zeros(int(rng.uniform(0.15, 0.3) * SR))
                   for k in range(m - 1)]
        call.say_joined("customer", rng.choice(HICCUP) + carrier[0], groups, between, joined, speed,
                        {"hiccups": len(at)})
    elif form in ("pen_tapping", "music_behind", "running_water"):
        lead, what, lo, hi, make = {"pen_tapping": (PAPER, "pen", 6, 10, pen_taps),
                                    "music_behind": (MUSIC, "music", 9, 13, music),
                                    "running_water": (WATER, "water", 5, 9, water)}[form]
        spans = call.say_turn("customer", [(rng.choice(lead), False), carrier, (joined, True)], speed)
        _under(call, what, spans[0][0], spans[2][1], rng.uniform(lo, hi), make)
    elif form == "stutter":
        at = sorted(rng.sample(range(len(groups)), 2))
        said = [f"{g[0]}，{g}" if k in at else g for k, g in enumerate(groups)]
        spells = "".join(f"{r[0]}{r}" if k in at else r for k, r in enumerate(raw))
        call.say_turn("customer", [(rng.choice(STUTTER), False), carrier,
                                   ("，".join(said) + "。", True, {"stutter": at, "spells": spells})], speed)
    elif form == "four_four_three":
        sizes = (4, 4, 3)
        said = said_groups(chunks(number, sizes), rng)
        call.say_turn("customer", [carrier, ("，".join(said) + "。", True, {"sizes": list(sizes)})], speed)
    elif form == "line_dropouts":  # a hole between two digits inside a group, each side two digits or more
        inside = [(g, c) for g in range(len(groups)) for c in range(2, len(groups[g]) - 1)]
        cuts = sorted(rng.sample(inside, min(rng.randint(2, 3), len(inside))))
        parts, between, holes = [], [], []
        for g, word in enumerate(groups):
            marks = [0] + [c for gg, c in cuts if gg == g] + [len(word)]
            for i in range(len(marks) - 1):
                if parts:
                    if i:
                        holes.append(round(rng.uniform(0.12, 0.3), 3))
                        between.append(np.zeros(int(holes[-1] * SR)))
                    else:
                        between.append(np.zeros(int(rng.uniform(0.15, 0.3) * SR)))
                parts.append(word[marks[i]:marks[i + 1]])
        call.say_joined("customer", carrier[0], parts, between, joined, speed, {"dropouts_s": holes})
        call.say_turn("agent", [(rng.choice(DROPOUT_AGENT), False)])
    elif form == "not_the_400":
        a = "".join(rng.choice("0123456789") for _ in range(3))
        b = "".join(rng.choice("0123456789") for _ in range(4))
        intro = rng.choice(FOUR_HOTLINE).format(a=said24(a, rng), b=said24(b, rng))
        spans = call.say_turn("customer", [(intro, False), (joined, True)], speed)
        call.lookalikes.append({"role": "customer", "text": intro, "what": "400电话", "span_s": spans[0]})
    elif form == "x_announced":
        yao = rng.randrange(2)
        head = "，".join(said9(g, random.Random(yao)) for g in chunks(number[:14], (6, 8))) + "。"
        tail = said9(number[14:], random.Random(yao)) + "。"
        call.say_turn("customer", [(rng.choice(X_HEAD), False), carrier, (head, True, {"head": True}),
                                   (rng.choice(X_TAIL), False), (tail, True, {"continued_from": 14})], speed)
    elif form == "halves_with_question":
        sizes = fours(len(number))
        cut = 2 if len(sizes) >= 4 else 1
        first = sum(sizes[:cut])
        yao = rng.randrange(2)
        said = [said9(g, random.Random(yao)) for g in chunks(number, sizes)]
        k = rng.randrange(len(HALF_ASK))
        call.say_turn("customer", [carrier, ("，".join(said[:cut]) + "。", True, {"head": True}),
                                   (HALF_ASK[k], False)], speed)
        call.say_turn("agent", [(HALF_ANSWER[k], False)])
        call.say_turn("customer", [(rng.choice(HALF_REST), False),
                                   ("，".join(said[cut:]) + "。", True, {"continued_from": first})], speed)
    else:
        raise ValueError(form)


kinds_and_forms = kinds_and_forms_of(ASK24, FORMS)


def make_blind24_call(engine, rng: random.Random, call_id: str, stem: str, out: Path,
                      kind_form: tuple[str, str] = ("none", "none")) -> dict:
    """A call reading one number as ``kind_form`` says, or a hard negative throughout (kind "none")."""
    return FRAME.make(Call24(engine, rng), kind_form, call_id, stem, out)


def negative24(template: str, rng: random.Random) -> str:
    r = Draw(rng, said24)
    digits, d = r.digits, r.said
    floor = rng.randint(3, 21)
    lo = rng.choice((1, 2, 5))
    total = rng.choice((64, 128, 256))
    fill = {"licence": d(digits(15)), "floor": _cn(floor), "room": d(f"{floor}{rng.randint(1, 30):02d}"),
            "bf": _cn(rng.randint(2, 3)), "h": _cn(rng.choice((6, 7))), "fee": _cn(rng.choice((58, 88, 128, 199))),
            "mins": _cn(rng.choice((300, 500, 1000))), "hours": _cn(rng.randint(2, 5)),
            "dh": _cn(rng.randint(13, 22)), "dm": _cn(rng.choice((10, 15, 20, 35, 40, 50))),
            "cb": _cn(rng.choice((24, 48, 72))), "annual": _cn(rng.choice((200, 300, 600))),
            "swipes": _cn(rng.choice((5, 6, 10))), "lo": _cn(lo), "hi": _cn(lo * rng.choice((2, 4, 10))),
            "wait": _cn(rng.choice((30, 90, 180))), "cover": _cn(rng.choice((10, 30, 50, 100))),
            "month": _cn(rng.randint(1, 12)), "day": _cn(rng.randint(1, 28)), "eh": _cn(rng.randint(5, 8)),
            "guests": _cn(rng.randint(4, 16)), "table": _cn(rng.randint(201, 220)),
            "rooms": _cn(rng.randint(2, 4)), "nights": _cn(rng.randint(2, 6)), "grade": _cn(rng.randint(1, 6)),
            "tuition": _cn(rng.randint(18, 98) * 100), "stuck": _cn(rng.randint(3, 12)),
            "ot": _cn(rng.randint(20, 80)), "total": _cn(total), "left": _cn(rng.randint(1, 9)),
            "boxes": _cn(rng.randint(2, 6)), "each": _cn(rng.choice((12, 16, 24))), "times": _cn(rng.randint(3, 8)),
            "waitmin": _cn(rng.randint(10, 40)), "loan": d(digits(16)), "heat": d(digits(12)),
            "heatfee": _cn(rng.randint(15, 45) * 100)}
    return template.format(**fill)


def negative(call: Call24, role: str) -> None:
    text = negative24(call.rng.choice(NEGATIVE24[role]), call.rng)
    call.negatives.append({"role": role, "text": text, "span_s": call.say_turn(role, [(text, False)])[0]})


FRAME = NumberCallFrame(forms="blind24", ask=ASK24, number=number24, read_number=read_number,
                        negative=negative, closing=CLOSING_LOGGED)
