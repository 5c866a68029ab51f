"""``--forms blind39``: personal numbers read in ways none of ``wide``, ``blind7``, ``blind9``, ``blind17`` to ``blind38`` has, and new hard negatives.

Written blind (set 39), without reading the detector, after reading the ``wide``, ``blind7``,
``blind9``, ``blind17`` to ``blind38`` forms so as to avoid them.  Nobody tuning the detector
should read this module: the set it makes is only worth something while the detector has not been
fitted to it.

Forms every kind of number can take:

- ``asks_if_ready``: before reading she asks whether the agent is ready to take it down
  (你那边准备好了没有？); the agent says it is ready; then she reads (``after_ready``);
- ``accent_apology``: she apologises that her Mandarin is not standard and her accent heavy; the
  agent reassures her; she reads it (``after_apology``);
- ``rooster_crow``: part-way her rooster crows (哎哟，这鸡又叫了); 1.0-1.6 s of the crow on her
  channel, nothing said (``background``, ``what: rooster``, ``role: customer``, 0-4 dB under her
  speech), then 好了 and the rest (readings ``head`` and ``continued_from`` with ``crow_s``);
- ``blender_whir``: she is making juice and the blender runs while she reads (榨汁机开着呢): a
  motor's whine (a 150-300 Hz hum with its harmonics, wavering) and the fruit's rattle (band-passed
  noise), rising at the start and falling at the end, under her turn, 3-8 dB under her speech
  (``background``, ``what: blender``).

Each kind's own: a mobile 8-3 (``eight_three``, ``sizes``); a landline read as it is written on a
card, the area code in brackets, 括号 said before and after it (``brackets_said``, ``brackets``); a
身份证 10-8 (``ten_eight``, ``sizes``); a bank card nine digits then the rest (``nine_rest``,
``sizes``).  20 (kind, form) pairs.  No email, no look-alikes, no third voice.

New hard negatives (nine agent lines, nine customer lines): a billiard table's number, hourly price
and hours; bowling lanes, price a game and the hour; an old man's birthday banquet (寿宴): tables,
floor and day; a baby's full-month party (满月酒): guests and red eggs; a cable car (索道): fare,
minutes and last car; rowing boats in a park: hourly price, deposit and seats; an e-bike battery:
volts, ampere-hours and months of warranty; spring couplets (春联): an order number (9 digits),
pairs and day; lanterns: pairs, diameter and price; lychees and their price; a durian's weight
and its pods; table tennis a week and hours; succulents in pots and days between watering;
goldfish and feeds a day; a new quilt's weight and price; umbrellas at home and lost; hot pot:
people, dishes and bill; lamb skewers at a barbecue and their price.  Every digit string is drawn
until it is no valid mobile, landline, 身份证 or card, and no stretch inside is one (blind21's
``_free``).

English digits and letters are left out: Kokoro's Chinese voice drops Latin letters.
"""

from __future__ import annotations

import random
from pathlib import Path

import numpy as np
from scipy.signal import butter, lfilter

from generate import SR
from pii_blind7 import chunks, kinds_and_forms_of
from pii_blind9 import said9
from pii_blind18 import personal  # noqa: F401  (tests use personal from here)
from pii_blind20 import raw_groups
from pii_blind21 import Draw
from pii_blind24 import _norm, said_groups
from pii_blind32 import offsets
from pii_blind36 import Call36
from pii_calls import ASK, CLOSING_NOTED, NumberCallFrame, make_number

ASK39 = dict(ASK)
CARRIER39 = {
    "mobile": ("手机号码我念一下，", "我平常用的手机，号码是", "你打我这个手机，"),
    "landline": ("家里的座机电话，", "座机号码我念了，", "我家固定电话，号码是"),
    "id_card": ("身份证我念一下，", "我证件号码给你念，", "我身份证上的号码，"),
    "bank_card": ("银行卡的号码，", "这张卡的卡号你记好，", "绑定的那张卡是"),
}
FORMS = {  # forms every kind of number can take, and each kind's own
    "any": ("asks_if_ready", "accent_apology", "rooster_crow", "blender_whir"),
    "mobile": ("eight_three",),
    "landline": ("brackets_said",),
    "id_card": ("ten_eight",),
    "bank_card": ("nine_rest",),
}
READY = ("你那边准备好了没有？我要开始念了。", "你能记了吗？我念得快你就说一声。")
READY_OK = ("准备好了，您请说。", "可以了，您说吧，我这边记着。")
APOLOGY = ("不好意思啊，我普通话不太标准，有口音，你听不清就说一声。", "我是南方人，说话口音重，你多担待啊。")
APOLOGY_OK = ("没关系的，您慢慢说，我听得清。", "不要紧，您正常说就行，听不清我会问您。")
ROOSTER = ("哎哟，这鸡又叫了，你等一下，", "你听，我家公鸡在打鸣，等它叫完，")
ROOSTER_BACK = ("好了，不叫了，接着是", "行了，后面是")
BLENDER = ("不好意思，榨汁机开着呢，我大点声，", "我在给孩子打果汁，机器有点吵，你听得见吧？")
BRACKET = "括号"

NEGATIVE39 = {
    "agent": ("给您留的是{table}号台球桌，一小时{tqyuan}块，最多能打{tqhrs}个小时。",
              "保龄球馆给您留了{lanes}条球道，每局{game}块，晚上{bhour}点开场。",
              "老人家的寿宴订了{stables}桌，包间在{floor}楼，{sday}号中午开席。",
              "满月酒那天来{guests}位客人，红鸡蛋给您准备了{eggs}个。",
              "索道票{cable}块一位，上山大概{cmin}分钟，末班车是{clast}点半。",
              "公园划船{boat}块一小时，押金{deposit}块，一条船能坐{seats}个人。",
              "您电动车换的电瓶是{volt}伏{ah}安的，保修{warranty}个月。",
              "您订的春联订单号是{couplet}，一共{pairs}副，腊月{lday}发货。",
              "灯笼给您配了{lanterns}对，直径{dia}公分，每对{lyuan}块。"),
    "customer": ("我买了{lz}斤荔枝，{lzyuan}块钱一斤，坏了{bad}个。",
                 "我买的那个榴莲{ll}斤重，开出来{pods}房肉。",
                 "我每周打{pp}次乒乓球，一次打{pph}个小时。",
                 "我阳台上养了{succ}盆多肉，{water}天浇一次水。",
                 "我鱼缸里有{fish}条金鱼，每天喂{feed}次。",
                 "我新买的被子{quilt}斤重，花了{qyuan}块钱。",
                 "我家里有{umb}把雨伞，上个月又丢了{lost}把。",
                 "我们{people}个人去吃火锅，点了{dishes}个菜，一共{hg}块。",
                 "我们烤了{skewers}串羊肉串，一串{sy}块钱。"),
}


def own_sizes(kind: str, form: str, number: str) -> tuple[int, ...]:
    """``eight_three``: 8-3; ``ten_eight``: 10-8; ``nine_rest``: 9 then the rest."""
    if form == "eight_three":
        return (8, 3)
    if form == "ten_eight":
        return (10, 8)
    if form == "nine_rest":
        return (9, len(number) - 9)
    raise ValueError(form)


def area_code(number: str) -> str:
    return number[:3] if number[:2] in ("01", "02") else number[:4]


def number39(kind: str, form: str, rng: random.Random) -> str:
    return make_number(kind, rng)


def crow(n: int, rms: float, rng: np.random.Generator) -> np.ndarray:
    """A rooster's crow: three or four syllables of a harmonic tone (its fundamental 450-700 Hz,
    three harmonics, a little rasp), the last one long with a rise then a slow fall in pitch."""
    out = np.zeros(n)
    k = int(rng.integers(3, 5))
    at = 0
    for j in range(k):
        last = j == k - 1
        m = int((n - at) * (1.0 if last else rng.uniform(0.12, 0.2)))
        if m <= 8:
            break
        t = np.arange(m) / SR
        f_lo, f_hi = rng.uniform(450, 550), rng.uniform(600, 700)
        u = t / max(t[-1], 1e-6)
        f = f_lo + (f_hi - f_lo) * (np.minimum(u / 0.3, 1) if not last else np.where(u < 0.3, u / 0.3, 1 - 0.6 * (u - 0.3)))
        phase = 2 * np.pi * np.cumsum(f) / SR
        tone = sum(np.sin(h * phase) / h for h in (1, 2, 3)) + 0.15 * rng.standard_normal(m)
        out[at:at + m] += tone * np.hanning(m)
        at += m + int(rng.uniform(0.02, 0.06) * SR)
        if at >= n:
            break
    return _norm(out, rms)


def blender(n: int, rms: float, rng: np.random.Generator) -> np.ndarray:
    """A blender running: a motor hum (150-300 Hz and harmonics, its pitch wavering as the fruit
    catches) and a rattle (noise band-passed 600-3000 Hz in short bursts), rising in 0.3 s and
    falling in the last 0.3 s."""
    t = np.arange(n) / SR
    f0 = rng.uniform(150, 300) * (1 + 0.05 * np.sin(2 * np.pi * rng.uniform(2, 5) * t))
    phase = 2 * np.pi * np.cumsum(f0) / SR
    hum = sum(np.sin(h * phase) / h for h in range(1, 6))
    b, a = butter(2, (600 / (SR / 2), 3000 / (SR / 2)), btype="band")
    rattle = lfilter(b, a, rng.standard_normal(n)) * (0.5 + 0.5 * (np.sin(2 * np.pi * rng.uniform(6, 12) * t) > 0))
    ramp = np.clip(np.minimum(t / 0.3, (t[-1] - t) / 0.3), 0, 1) if n > 1 else np.ones(n)
    return _norm((hum + 0.6 * rattle) * ramp, rms)


class Call39(Call36):
    """Call36 (its turns, readings, voices and sounds)."""


def _under(call: Call39, what: str, make, start: float, seconds: float, db: float, rms: float) -> None:
    clip = make(int(seconds * SR), rms * 10 ** (-db / 20), np.random.default_rng(call.rng.randrange(2 ** 30)))
    call.under.append((round(start, 3), clip))
    call.background.append({"what": what, "role": "customer", "db_under": round(db, 1),
                            "span_s": (round(start, 3), round(start + len(clip) / SR, 3))})


def read_number(call: Call39, kind: str, number: str, form: str, others: list) -> None:
    """The reading(s) of ``number`` in ``form``, with the lines around them (the agent's request
    already said)."""
    rng = call.rng
    speed = rng.uniform(0.65, 0.9)
    raw = raw_groups(kind, number)
    groups = said_groups(raw, rng)
    at = offsets(raw)
    carrier = (rng.choice(CARRIER39[kind]), False)
    joined = "，".join(groups) + "。"
    if form == "asks_if_ready":
        call.say_turn("customer", [(rng.choice(READY), False)], speed)
        call.say_turn("agent", [(rng.choice(READY_OK), False)])
        call.say_turn("customer", [carrier, (joined, True, {"after_ready": True})], speed)
    elif form == "accent_apology":
        call.say_turn("customer", [(rng.choice(APOLOGY), False)], speed)
        call.say_turn("agent", [(rng.choice(APOLOGY_OK), False)])
        call.say_turn("customer", [carrier, (joined, True, {"after_apology": True})], speed)
    elif form == "rooster_crow":
        k = rng.randint(1, len(groups) - 1)
        spans = call.say_turn("customer", [carrier, ("，".join(groups[:k]) + "，", True, {"head": True}),
                                           (rng.choice(ROOSTER), False)], speed)
        gap = round(rng.uniform(1.0, 1.6), 2)
        rms = call.speech_rms(spans[0][0], spans[-1][1])
        start = call.tl.t + 0.1
        _under(call, "rooster", crow, start, gap, rng.uniform(0, 4), rms)
        call.tl.pause(gap + rng.uniform(0.3, 0.5))
        call.say_turn("customer", [(rng.choice(ROOSTER_BACK), False),
                                   ("，".join(groups[k:]) + "。", True, {"continued_from": at[k], "crow_s": gap})],
                      speed)
    elif form == "blender_whir":
        start = call.tl.t
        spans = call.say_turn("customer", [(rng.choice(BLENDER), False), carrier, (joined, True, {"blender": True})],
                              speed)
        end = spans[-1][1]
        _under(call, "blender", blender, start, end - start, rng.uniform(3, 8), call.speech_rms(start, end))
    elif form == "brackets_said":
        code = area_code(number)
        yao = rng.randrange(2)
        text = (f"{BRACKET}{said9(code, random.Random(yao))}{BRACKET}，"
                f"{said9(number[len(code):], random.Random(yao))}。")
        call.say_turn("customer", [carrier, (text, True, {"brackets": True})], speed)
    elif form in FORMS[kind]:
        sizes = own_sizes(kind, form, number)
        yao = rng.randrange(2)
        text = "，".join(said9(g, random.Random(yao)) for g in chunks(number, sizes)) + "。"
        call.say_turn("customer", [carrier, (text, True, {"sizes": list(sizes)})], speed)
    else:
        raise ValueError(form)


kinds_and_forms = kinds_and_forms_of(ASK39, FORMS)


def make_blind39_call(engine, rng: random.Random, call_id: str, stem: str, out: Path,
                      kind_form: tuple[str, str] = ("none", "none")) -> dict:
    """A call reading one number as ``kind_form`` says, or a hard negative throughout (kind "none")."""
    return FRAME.make(Call39(engine, rng), kind_form, call_id, stem, out)


TWO_AS_LIANG = ("table", "tqhrs", "lanes", "stables", "guests", "eggs", "cmin", "seats", "warranty",
                "pairs", "lanterns", "lz", "bad", "ll", "pods", "pp", "pph", "succ", "water", "fish", "feed",
                "quilt", "umb", "lost", "people", "dishes", "skewers", "sy", "boat", "lyuan", "tqyuan", "bhour")


def negative39(template: str, rng: random.Random) -> str:
    r = Draw(rng)
    digits, d, c, ch = r.digits, r.said, r.between, r.choice
    fill = {"table": c(3, 18), "tqyuan": ch(25, 30, 40), "tqhrs": c(2, 4), "lanes": c(2, 4), "game": ch(20, 25, 30),
            "bhour": ch(7, 8), "stables": c(10, 25), "floor": c(2, 6), "sday": c(3, 28), "guests": c(40, 120),
            "eggs": c(100, 300), "cable": ch(60, 80, 120), "cmin": ch(12, 15, 20), "clast": ch(4, 5),
            "boat": ch(40, 60, 80), "deposit": ch(100, 200), "seats": ch(4, 6), "volt": ch(48, 60, 72),
            "ah": ch(20, 32), "warranty": ch(6, 12, 18), "couplet": d(digits(9)), "pairs": c(3, 12),
            "lday": ch(16, 18, 20), "lanterns": c(2, 6), "dia": ch(40, 60, 80), "lyuan": ch(45, 68, 88),
            "lz": c(2, 6), "lzyuan": c(12, 25), "bad": c(3, 9), "ll": c(4, 9), "pods": ch(4, 5, 6),
            "pp": c(2, 4), "pph": ch(1, 2), "succ": c(12, 40), "water": ch(7, 10, 15), "fish": c(3, 9),
            "feed": ch(1, 2), "quilt": ch(6, 8, 10), "qyuan": c(200, 600), "umb": c(3, 7), "lost": ch(1, 2),
            "people": c(3, 8), "dishes": c(8, 16), "hg": c(260, 680), "skewers": c(30, 80), "sy": ch(2, 3, 5)}
    for key in TWO_AS_LIANG:  # a lone 2 before a measure word is said 两 (两条, 两斤)
        if fill[key] == "二":
            fill[key] = "两"
    return template.format(**fill)


def negative(call: Call39, role: str) -> None:
    text = negative39(call.rng.choice(NEGATIVE39[role]), call.rng)
    call.negatives.append({"role": role, "text": text, "span_s": call.say_turn(role, [(text, False)])[0]})


FRAME = NumberCallFrame(forms="blind39", ask=ASK39, number=number39, read_number=read_number,
                        negative=negative, closing=CLOSING_NOTED)
