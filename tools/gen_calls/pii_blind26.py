"""``--forms blind26``: personal numbers read in ways none of ``wide``, ``blind7``, ``blind9``, ``blind17`` to ``blind25`` has, and new hard negatives.

Written blind (set 26), without reading the detector, after reading the ``wide``, ``blind7``,
``blind9``, ``blind17`` to ``blind25`` forms so as to avoid them.  Nobody tuning the detector
should read this module: the set it makes is only worth something while the detector has not been
fitted to it.

Forms every kind of number can take:

- ``vacuum_cleaner``: someone hoovering in the caller's flat (我家阿姨在吸尘): a broadband roar
  with a motor's whine (450-700 Hz and harmonics) that swells and fades as the cleaner moves
  around the room, under her turn, 5-9 dB under her speech (``background``, ``what: vacuum``);
- ``washing_machine``: the washing machine spinning beside her (洗衣机在甩干): a low rumble
  with a thump on every turn of the drum (1-2 a second), 5-9 dB under her speech
  (``background``, ``what: washer``);
- ``market_crowd``: she is at a vegetable market: a babble of many voices (noise shaped by
  syllable-rate envelopes in the speech band) under her turn, 7-11 dB under her speech
  (``background``, ``what: crowd``);
- ``sneeze_between``: she sneezes in the middle of one reading (a spoken 阿嚏 and 不好意思
  between two groups; ``sneeze_after``: the group's index).  The reading's text is the digits
  only; the sneeze is inside its seconds;
- ``fading_signal``: a weak signal (我这信号不太好): the level of her reading sinks 12-20 dB
  for a stretch in its middle and comes back (``fade_db``), nothing lost or said again.

Each kind's own: a mobile whose first three digits are said, then 后面八位是 and the rest
(``three_then_rest``: readings ``head`` (three digits) and the last eight with
``continued_from``); a landline whose local number comes first and whose area code the agent then
asks for (``code_asked``: the local part carries ``local``, the area code, in a later turn,
``area_code``); a 身份证 first read as the old fifteen-digit number of a first-generation card, the
agent saying eighteen digits are needed, then the eighteen (``first_gen_15``: the old reading
carries ``other`` and ``first_gen``; the fifteen digits, the region code, the birth date without
its 19 and the sequence, are in ``other_numbers``); a bank card after which the caller offers the
three digits on the back and the agent stops her before she says any (``offers_cvv``).  24
(kind, form) pairs.  No email, no look-alikes.

New hard negatives (nine agent lines, nine customer lines): a motorway's kilometre post and
metres, a month's electricity split into peak and off-peak 度, an insurance claim's 案件号 (16
digits), a 车管所 booking's 预约号 (8 digits), a share purchase in 手 and its price, an air ticket's
电子客票号 (13 digits), how to dial abroad (零零 and a country code), a router's IP address, a radio
station's FM frequency; a glasses prescription in 度, weight lost in 斤, a marathon time, a recipe's
grams, minutes and oven degrees, an altitude in 米, a screen's resolution, how many years she has
been a customer and since which year, a train's departure time and delay, a fridge's temperatures.
Every long digit string is drawn until it is no valid mobile, landline, 身份证 or card, and no
stretch inside is one (blind21's ``_free``).

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
from pii_calls import ASK, CLOSING_LOGGED, NUM, SR, NumberCallFrame, make_number

ASK26 = dict(ASK)
CARRIER26 = {
    "mobile": ("我一直用的手机号是", "你打我这个手机就行，", "我的手机号码，你写一下，"),
    "landline": ("座机的话，号码是", "我们家里电话是", "你可以打我家固话，"),
    "id_card": ("身份证号码是", "我念一下身份证，你听着，", "身份证啊，号码是"),
    "bank_card": ("我要绑的卡是", "那张工商的卡号是", "卡号我对着卡念，"),
}
FORMS = {  # forms every kind of number can take, and each kind's own
    "any": ("vacuum_cleaner", "washing_machine", "market_crowd", "sneeze_between", "fading_signal"),
    "mobile": ("three_then_rest",),
    "landline": ("code_asked",),
    "id_card": ("first_gen_15",),
    "bank_card": ("offers_cvv",),
}
VACUUM = ("我家阿姨在吸尘，有点吵，你听得见吧？", "吸尘器开着呢，我关不了，你凑合听，")
WASHER = ("洗衣机正在甩干，轰隆轰隆的，", "我在卫生间，洗衣机在转，声音大，")
CROWD = ("我在菜市场呢，人多，你听清楚啊，", "我这儿在买菜，旁边人挺多的，")
SNEEZE_LEAD = ("我这两天过敏，老打喷嚏，", "花粉过敏，你别介意啊，")
SNEEZE = ("阿嚏！不好意思，", "阿嚏，阿嚏，哎呀，")
FADE = ("我这信号不太好，时有时无的，", "我在地下室，信号一格，你听着点，")
REST = ("，后面八位是", "，然后后面是", "，再往后八位，")
CODE_ASK = ("好的，请问区号是多少？", "这个座机是哪个区号的？")
CODE_LEAD = ("哦，区号是", "区号啊，是")
OLD15_ASK = ("您报的这个是十五位的老号码，现在需要十八位的，麻烦您看一下新身份证。",
             "这是一代证的号码吧，我们系统要十八位的。")
OLD15_LEAD = ("哦对，我说的是老的，换了二代证了，新的是", "不好意思，那个是以前的，新的是这个，")
CVV_OFFER = ("卡背面还有三个数字，要不要也念给你？", "后面那个签名栏旁边还有三位，也要吗？")
CVV_STOP = ("不用不用，背面的三位安全码千万不要告诉任何人，包括我们客服。",
            "那个不需要，背面的安全码请您自己保管好，不要说出来。")

NEGATIVE26 = {
    "agent": ("救援车已经出发了，您的位置是高速{kpost}公里加{metres}米，对吧？",
              "您这个月峰段用电{peak}度，谷段{valley}度，一共{kwh}度。",
              "您的理赔案件号是{claim}，预计{cdays}个工作日内赔付。",
              "您在车管所的预约号是{appt}，{amonth}月{aday}号上午九点前到。",
              "您委托买入{lots}手，成交价{price}元一股。",
              "您的电子客票号是{eticket}，改签要收{pct}的手续费。",
              "国际长途要先拨零零，再拨国家代码，比如日本是八一，美国是一。",
              "路由器的管理地址是一九二点一六八点{ip3}点一，默认密码在背面。",
              "您调到调频{fm}点{fmx}兆赫就能收到我们的节目。"),
    "customer": ("我左眼近视{left}度，右眼{right}度，还有{astig}度散光。",
                 "我一个月瘦了{lost}斤，现在{weight}斤。",
                 "我跑全马用了{mh}小时{mm}分{ms}秒。",
                 "说明书上写放{grams}克面粉，烤{mins}分钟，{oven}度。",
                 "我们这儿海拔{alt}米，手机信号老是不好。",
                 "我电脑屏幕是{resw}乘{resh}的，字太小了。",
                 "我用你们家的东西{years}年了，从{since}年就开始用。",
                 "我坐的是早上{th}点{tm}分那趟车，晚点了{late}分钟。",
                 "冰箱冷藏室调的{fridge}度，冷冻室零下{freezer}度，还是不冷。"),
}


def said26(digits: str, rng: random.Random) -> str:
    """Digits as said, 幺 or 一 for the whole run, X as 叉."""
    return said9(digits, rng)


def vacuum(n: int, rms: float, rng: np.random.Generator) -> np.ndarray:
    """A vacuum cleaner: band-passed roar (250-3500 Hz) and a motor whine (450-700 Hz, three
    harmonics), swelling and fading every 1.5-3 s as it moves about the room."""
    t = np.arange(n) / SR
    b, a = butter(2, (250 / (SR / 2), 3500 / (SR / 2)), btype="band")
    roar = lfilter(b, a, rng.standard_normal(n))
    f0 = rng.uniform(450, 700) * (1 + 0.004 * np.sin(2 * np.pi * 0.7 * t))
    phase = 2 * np.pi * np.cumsum(f0) / SR
    whine = sum(np.sin(h * phase) / h for h in (1, 2, 3)) * 0.4
    move = 0.65 + 0.35 * np.sin(2 * np.pi * t / rng.uniform(1.5, 3.0) + rng.uniform(0, 6.28))
    return _norm((roar + whine) * move, rms)


def washer(n: int, rms: float, rng: np.random.Generator) -> np.ndarray:
    """A washing machine spinning: low rumble (under 250 Hz) and a thump on every turn of the drum
    (1-2 a second), a 50 Hz hum."""
    t = np.arange(n) / SR
    b, a = butter(3, 250 / (SR / 2))
    rumble = lfilter(b, a, rng.standard_normal(n)) * 2.0
    turn = rng.uniform(1.0, 2.0)
    thump = np.maximum(0.0, np.sin(2 * np.pi * turn * t)) ** 6
    hum = 0.3 * np.sin(2 * np.pi * 50 * t)
    return _norm(rumble * (0.6 + thump) + hum, rms)


def crowd(n: int, rms: float, rng: np.random.Generator) -> np.ndarray:
    """A market's babble: eight voices of speech-band noise (300-3000 Hz), each gated by its own
    syllable-rate envelope (3-6 Hz), with a vowel-like formant each."""
    t = np.arange(n) / SR
    out = np.zeros(n)
    for _ in range(8):
        lo = rng.uniform(300, 700)
        b, a = butter(2, (lo / (SR / 2), rng.uniform(1800, 3000) / (SR / 2)), btype="band")
        voice = lfilter(b, a, rng.standard_normal(n))
        voice += 0.5 * np.sin(2 * np.pi * rng.uniform(120, 260) * t)
        env = np.maximum(0.0, np.sin(2 * np.pi * rng.uniform(3, 6) * t + rng.uniform(0, 6.28))) ** 2
        out += voice * env * rng.uniform(0.5, 1.0)
    return _norm(out, rms)


def fade_envelope(n: int, db: float, rng: random.Random) -> np.ndarray:
    """1 at both ends, sinking to ``db`` below for a stretch of 30-45% of ``n`` in the middle."""
    env = np.ones(n)
    width = int(n * rng.uniform(0.3, 0.45))
    start = int(n * rng.uniform(0.25, 0.4))
    ramp = max(1, int(0.15 * SR))
    low = 10 ** (-db / 20)
    seg = np.full(width, low)
    seg[:ramp] = np.linspace(1, low, min(ramp, width))[:len(seg[:ramp])]
    seg[-ramp:] = np.linspace(low, 1, min(ramp, width))[-len(seg[-ramp:]):]
    env[start:start + width] = seg[:max(0, min(width, n - start))]
    return env


class Call26(Call24):
    """Call24 whose caller's reading may fade out and in."""

    def say_faded(self, lead: str, text: str, speed: float, db: float) -> tuple[float, float]:
        self.tl.say("customer", self.engine.phrase(lead, self.voices["customer"], 0.8))
        self.tl.say("customer", np.zeros(int(self.rng.uniform(0.1, 0.2) * SR)))
        clip = np.asarray(self.engine.phrase(text, self.voices["customer"], speed), dtype=float)
        span = self.tl.say("customer", clip * fade_envelope(len(clip), db, self.rng))
        self.readings.append({"role": "customer", "span_s": span, "text": text, "fade_db": round(db, 1)})
        self.turns.append({"role": "customer", "text": lead + text, "readings": [text]})
        self.tl.pause(self.rng.uniform(0.5, 0.8))
        return span


def old15(rng: random.Random) -> str:
    """An 18-digit 身份证 whose holder was born 1940-1984 (old enough to have had a first-generation
    card)."""
    while not ("1940" <= (n := make_number("id_card", rng))[6:10] <= "1984"):
        pass
    return n


def number26(kind: str, form: str, rng: random.Random) -> str:
    if form == "first_gen_15":
        return old15(rng)
    return make_number(kind, rng)


def area_len(number: str) -> int:
    return 3 if number[:2] in ("01", "02") else 4


def read_number(call: Call26, kind: str, number: str, form: str, others: list) -> None:
    """The reading(s) of ``number`` in ``form``, with the lines around them (the agent's request
    already said)."""
    rng = call.rng
    speed = rng.uniform(0.65, 0.9)
    raw = raw_groups(kind, number)
    groups = said_groups(raw, rng)
    carrier = (rng.choice(CARRIER26[kind]), False)
    joined = "，".join(groups) + "。"
    if form in ("vacuum_cleaner", "washing_machine", "market_crowd"):
        lead, what, lo, hi, make = {"vacuum_cleaner": (VACUUM, "vacuum", 5, 9, vacuum),
                                    "washing_machine": (WASHER, "washer", 5, 9, washer),
                                    "market_crowd": (CROWD, "crowd", 7, 11, crowd)}[form]
        spans = call.say_turn("customer", [(rng.choice(lead), False), carrier, (joined, True)], speed)
        _under(call, what, spans[0][0], spans[2][1], rng.uniform(lo, hi), make)
    elif form == "sneeze_between":
        at = rng.randrange(len(groups) - 1)
        sneeze = np.asarray(call.engine.phrase(rng.choice(SNEEZE), call.voices["customer"], 1.0), dtype=float)
        gap = lambda: np.zeros(int(rng.uniform(0.15, 0.3) * SR))  # noqa: E731
        between = [np.concatenate([gap(), sneeze, gap()]) if k == at else np.zeros(int(rng.uniform(0.15, 0.3) * SR))
                   for k in range(len(groups) - 1)]
        call.say_joined("customer", rng.choice(SNEEZE_LEAD) + carrier[0], groups, between, joined, speed,
                        {"sneeze_after": at})
    elif form == "fading_signal":
        call.say_faded(rng.choice(FADE) + carrier[0], joined, speed, rng.uniform(12, 20))
    elif form == "three_then_rest":
        yao = rng.randrange(2)
        head = said9(number[:3], random.Random(yao))
        rest = "，".join(said9(g, random.Random(yao)) for g in chunks(number[3:], (4, 4))) + "。"
        call.say_turn("customer", [carrier, (head, True, {"head": True}), (rng.choice(REST), False),
                                   (rest, True, {"continued_from": 3})], speed)
    elif form == "code_asked":
        k = area_len(number)
        yao = rng.randrange(2)
        local = "，".join(said9(g, random.Random(yao)) for g in chunks(number[k:], (4, len(number) - k - 4))) + "。"
        call.say_turn("customer", [carrier, (local, True, {"local": True})], speed)
        call.say_turn("agent", [(rng.choice(CODE_ASK), False)])
        call.say_turn("customer", [(rng.choice(CODE_LEAD), False),
                                   (said9(number[:k], random.Random(yao)) + "。", True, {"area_code": True})], speed)
    elif form == "first_gen_15":
        old = number[:6] + number[8:17]
        others.append(old)
        said_old = "，".join(said_groups(chunks(old, (6, 6, 3)), rng)) + "。"
        call.say_turn("customer", [carrier, (said_old, True, {"other": old, "first_gen": True})], speed)
        call.say_turn("agent", [(rng.choice(OLD15_ASK), False)])
        call.say_turn("customer", [(rng.choice(OLD15_LEAD), False), (joined, True)], speed)
    elif form == "offers_cvv":
        said = said_groups(chunks(number, fours(len(number))), rng)
        call.say_turn("customer", [carrier, ("，".join(said) + "。", True), (rng.choice(CVV_OFFER), False)], speed)
        call.say_turn("agent", [(rng.choice(CVV_STOP), False)])
        call.say_turn("customer", [("哦哦，好的，那就不说了。", False)])
    else:
        raise ValueError(form)


kinds_and_forms = kinds_and_forms_of(ASK26, FORMS)


def make_blind26_call(engine, rng: random.Random, call_id: str, stem: str, out: Path,
                      kind_form: tuple[str, str] = ("none", "none")) -> dict:
    """A call reading one number as ``kind_form`` says, or a hard negative throughout (kind "none")."""
    return FRAME.make(Call26(engine, rng), kind_form, call_id, stem, out)


def negative26(template: str, rng: random.Random) -> str:
    r = Draw(rng, said26)
    digits, d = r.digits, r.said
    plain = lambda s: "".join(NUM[c] for c in s)  # noqa: E731  (years and pixels with 一, never 幺)
    peak, valley = rng.randint(80, 400), rng.randint(40, 300)
    fill = {"kpost": _cn(rng.randint(12, 1800)), "metres": _cn(rng.randint(1, 9) * 100),
            "peak": _cn(peak), "valley": _cn(valley), "kwh": _cn(peak + valley),
            "claim": d(digits(16)), "cdays": _cn(rng.randint(3, 10)),
            "appt": d(digits(8)), "amonth": _cn(rng.randint(1, 12)), "aday": _cn(rng.randint(1, 28)),
            "lots": _cn(rng.randint(1, 30)), "price": f"{_cn(rng.randint(3, 80))}点{_cn(rng.randint(1, 9))}{_cn(rng.randint(1, 9))}",
            "eticket": d(digits(13, "78")), "pct": f"百分之{_cn(rng.choice((5, 10, 15, 20)))}",
            "ip3": _cn(rng.choice((0, 1, 2, 3, 31))), "fm": _cn(rng.randint(88, 107)), "fmx": _cn(rng.randint(1, 9)),
            "left": _cn(rng.randrange(150, 800, 25)), "right": _cn(rng.randrange(150, 800, 25)),
            "astig": _cn(rng.randrange(50, 200, 25)), "lost": _cn(rng.randint(3, 15)), "weight": _cn(rng.randint(95, 180)),
            "mh": _cn(rng.randint(3, 5)), "mm": _cn(rng.randint(1, 59)), "ms": _cn(rng.randint(1, 59)),
            "grams": _cn(rng.randrange(100, 600, 50)), "mins": _cn(rng.randint(15, 45)),
            "oven": _cn(rng.choice((160, 170, 180, 200, 220))), "alt": _cn(rng.randint(1200, 4500)),
            "resw": plain(str(rng.choice((1366, 1440, 1920, 2560)))), "resh": plain(str(rng.choice((768, 900, 1080, 1440)))),
            "years": _cn(rng.randint(3, 20)), "since": plain(str(rng.randint(2005, 2021))),
            "th": _cn(rng.randint(6, 11)), "tm": _cn(rng.randint(10, 59)), "late": _cn(rng.randint(10, 90)),
            "fridge": _cn(rng.randint(2, 8)), "freezer": _cn(rng.randint(12, 24))}
    return template.format(**fill)


def negative(call: Call26, role: str) -> None:
    text = negative26(call.rng.choice(NEGATIVE26[role]), call.rng)
    call.negatives.append({"role": role, "text": text, "span_s": call.say_turn(role, [(text, False)])[0]})


FRAME = NumberCallFrame(forms="blind26", ask=ASK26, number=number26, read_number=read_number,
                        negative=negative, closing=CLOSING_LOGGED)
