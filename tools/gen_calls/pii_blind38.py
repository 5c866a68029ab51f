"""``--forms blind38``: personal numbers read in ways none of ``wide``, ``blind7``, ``blind9``, ``blind17`` to ``blind37`` has, and new hard negatives.

Written blind (set 38), without reading the detector, after reading the ``wide``, ``blind7``,
``blind9``, ``blind17`` to ``blind37`` forms so as to avoid them.  Nobody tuning the detector
should read this module: the set it makes is only worth something while the detector has not been
fitted to it.

Forms every kind of number can take:

- ``asks_why_needed``: before reading she asks what they want the number for and whether it is
  safe (你们要这个干什么用？); the agent explains it is to check who she is and that it is kept
  private; then she reads it (``after_why``);
- ``offers_to_text``: she offers to send the number by text message instead, afraid the agent
  will write it down wrong; the agent says this line cannot take messages and asks her to read it
  slowly; she reads it (``after_offer``);
- ``switches_hands``: part-way she says she is moving the phone to her other hand (等一下，我换只手);
  0.8-1.4 s of the handset rubbing and knocking on her channel, nothing said (``background``,
  ``what: rustle``, ``role: customer``, 0-4 dB under her speech), then 好了 and the rest
  (readings ``head`` and ``continued_from`` with ``rustle_s``);
- ``thunder_rumble``: thunder rolls outside while she reads (外面打雷了): a low rumble (brown
  noise low-passed at about 200 Hz) with a sharper crack at its onset and a long uneven decay, under
  her turn, 2-6 dB under her speech (``background``, ``what: thunder``).

Each kind's own: a mobile 6-5 (``six_five``, ``sizes``); a landline whose city she names and whose
area code the agent supplies and asks her to confirm (``agent_supplies_code``: the agent's code a
reading ``role: agent``, ``area_code``, ``partial``; her local number ``partial``,
``continued_from``); a 身份证 as province, city and county two digits each, then the birth date,
then the last four (``region_pairs_date_four``: 2-2-2-8-4, ``sizes``); a bank card after the agent
asks whether it is a debit or a credit card and she answers (``card_type_first``, ``card_type``).
20 (kind, form) pairs.  No email, no look-alikes, no third voice.

New hard negatives (nine agent lines, nine customer lines): a wedding banquet's tables, price a
table and dishes; a hot-spring resort's tickets, pools and hours; a barber's queue and minutes
to wait; paint buckets, litres and square metres; a carpet's size and price; boxes of fireworks and
their shots; balloons for a party and the arch's length; photo frames' size and count; a banner
(锦旗) order number (9 digits) and its days; a jigsaw puzzle's pieces and days; a peanut harvest;
mosquito coils a box and hours; grape vines and bunches; crayfish bought by the 斤; hairy crabs
and their weight; strawberry picking; baked sweet potatoes; cherries and their price.  Every digit
string is drawn until it is no valid mobile, landline, 身份证 or card, and no stretch inside is one
(blind21's ``_free``).

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
from pii_blind18 import CITY18, personal  # noqa: F401  (tests use personal from here)
from pii_blind20 import raw_groups
from pii_blind21 import Draw
from pii_blind24 import _norm, said_groups
from pii_blind32 import offsets
from pii_blind36 import Call36
from pii_calls import ASK, CLOSING_NOTED, NumberCallFrame, make_number

ASK38 = dict(ASK)
CARRIER38 = {
    "mobile": ("那我说了，我手机是", "手机号码你听好，", "我用的手机号是"),
    "landline": ("屋里那部座机号码是", "座机你记着，", "我们家固话号码是"),
    "id_card": ("那我报身份证了，", "身份证号你听着，", "我的身份证号码，"),
    "bank_card": ("那张卡的号码是", "卡号我报了，", "我那个卡号，"),
}
FORMS = {  # forms every kind of number can take, and each kind's own
    "any": ("asks_why_needed", "offers_to_text", "switches_hands", "thunder_rumble"),
    "mobile": ("six_five",),
    "landline": ("agent_supplies_code",),
    "id_card": ("region_pairs_date_four",),
    "bank_card": ("card_type_first",),
}
WHY = ("你们要我这个号码干什么用？不会泄露出去吧？", "为什么要报这个啊？这个安全吗？")
WHY_ANSWER = ("是这样的，这是为了核实您的身份，您的信息我们会严格保密。", "您放心，只是用来核对是不是您本人，不会外泄的。")
OFFER = ("要不我发短信给你吧？念起来怕你记错。", "我给你发个短信行不行？电话里说不清楚。")
OFFER_ANSWER = ("不好意思，我们这条线收不到短信，麻烦您直接念，我慢慢记。", "抱歉，这边没法收短信，您慢慢说，我记着。")
SWITCH = ("等一下，我换只手拿电话，", "你等等，我换个耳朵听，")
SWITCH_BACK = ("好了，接着是", "好了好了，后面是")
THUNDER = ("外面打雷了，轰隆隆的，你听得见吧？我说了啊，", "哎，又打雷了，我声音大一点，")
CITY_SAY = ("我们是{city}的座机，区号你们应该知道吧。", "我这个座机是{city}的，区号我记不太清了。")
AGENT_CODE = ("{city}的区号是", "那{city}就是")
AGENT_CODE_ASK = ("，对吧？", "，是不是？")
LOCAL_SAY = ("对对，后面是", "对，号码是")
CARD_TYPE_ASK = ("请问您这张卡是储蓄卡还是信用卡？", "您说的是借记卡还是信用卡？")
CARD_TYPE = {"debit": ("是储蓄卡，工资卡，", "借记卡，平时存钱用的，"), "credit": ("是信用卡，", "信用卡，")}

NEGATIVE38 = {
    "agent": ("您订的喜宴是{tables}桌，每桌{tprice}块，一桌{dishes}道菜。",
              "您买的温泉票是{tickets}张，里面有{pools}个池子，开到晚上{thour}点。",
              "理发的话您前面还有{queue}位，大概要等{wait}分钟。",
              "这种油漆一桶{litre}升，能刷{sqm}个平方，您家大概要{buckets}桶。",
              "您选的这块地毯是{cw}米乘{cl}米的，{cprice}块钱。",
              "您订了{fboxes}箱烟花，每箱{shots}响，初{day}下午送到。",
              "生日布置给您用{balloons}个气球，拱门长{arch}米。",
              "您做的相框是{inch}寸的，一共{frames}个，{fdays}天以后来拿。",
              "您订的锦旗订单号是{banner}，做好要{bdays}天。"),
    "customer": ("我那幅拼图有{pieces}片，拼了{pdays}天才拼完。",
                 "我家今年收了{sacks}袋花生，一袋差不多{sjin}斤。",
                 "我买的蚊香一盒{coils}盘，一盘能点{chrs}个小时。",
                 "我院子里有{vines}棵葡萄，今年结了{bunches}串。",
                 "我昨天买了{cjin}斤小龙虾，{cyuan}块钱一斤。",
                 "我买了{crabs}只大闸蟹，一只差不多{liang}两重。",
                 "我们周末去摘草莓，摘了{sbox}盒，一盒{sjin2}斤。",
                 "我在路口买了{potatoes}个烤红薯，{pyuan}块钱一个。",
                 "我买的车厘子{cherry}块一斤，买了{chjin}斤。"),
}


def own_sizes(kind: str, form: str, number: str) -> tuple[int, ...]:
    """``six_five``: 6-5; ``region_pairs_date_four``: 2-2-2-8-4."""
    if form == "six_five":
        return (6, 5)
    if form == "region_pairs_date_four":
        return (2, 2, 2, 8, 4)
    raise ValueError(form)


def area_code(number: str) -> str:
    return number[:3] if number[:2] in ("01", "02") else number[:4]


def number38(kind: str, form: str, rng: random.Random) -> str:
    if form == "agent_supplies_code":  # a landline whose city the caller can name
        while area_code(n := make_number("landline", rng)) not in CITY18:
            pass
        return n
    return make_number(kind, rng)


def rustle(n: int, rms: float, rng: np.random.Generator) -> np.ndarray:
    """A handset moved to the other hand: 4-8 short scrapes of band-passed noise (40-150 ms) and one
    or two low knocks, with quiet between."""
    out = np.zeros(n)
    b, a = butter(2, (400 / (SR / 2), 3000 / (SR / 2)), btype="band")
    for _ in range(rng.integers(4, 9)):
        k = int(rng.uniform(0.04, 0.15) * SR)
        at = rng.integers(0, max(1, n - k))
        out[at:at + k] += lfilter(b, a, rng.standard_normal(k)) * np.hanning(k) * rng.uniform(0.4, 1.0)
    for _ in range(rng.integers(1, 3)):
        k = int(0.05 * SR)
        at = rng.integers(0, max(1, n - k))
        t = np.arange(k) / SR
        out[at:at + k] += 1.5 * np.sin(2 * np.pi * rng.uniform(90, 160) * t) * np.exp(-t / 0.012)
    return _norm(out, rms)


def thunder(n: int, rms: float, rng: np.random.Generator) -> np.ndarray:
    """Thunder rolling: brown noise low-passed at 180-250 Hz, a crack at its onset (part-way in),
    then a long decay (1-2.5 s) with slow ripples; a faint rumble before it."""
    t = np.arange(n) / SR
    brown = np.cumsum(rng.standard_normal(n))
    brown -= np.convolve(brown, np.ones(400) / 400, mode="same")  # no drift
    b, a = butter(2, rng.uniform(180, 250) / (SR / 2))
    low = lfilter(b, a, brown)
    onset = rng.uniform(0.1, 0.4) * n / SR
    tau = rng.uniform(1.0, 2.5)
    after = np.where(t >= onset, np.exp(-(t - onset) / tau) * (1 + 0.4 * np.sin(2 * np.pi * rng.uniform(0.7, 1.5) * t)), 0)
    rise = np.clip((t - onset + 0.08) / 0.08, 0, 1)
    env = 0.08 + np.maximum(after, 0) * rise
    return _norm(low * env, rms)


class Call38(Call36):
    """Call36 (its turns, readings, voices and sounds)."""


def _under(call: Call38, what: str, make, start: float, seconds: float, db: float, rms: float) -> None:
    clip = make(int(seconds * SR), rms * 10 ** (-db / 20), np.random.default_rng(call.rng.randrange(2 ** 30)))
    call.under.append((round(start, 3), clip))
    call.background.append({"what": what, "role": "customer", "db_under": round(db, 1),
                            "span_s": (round(start, 3), round(start + len(clip) / SR, 3))})


def read_number(call: Call38, kind: str, number: str, form: str, others: list) -> None:
    """The reading(s) of ``number`` in ``form``, with the lines around them (the agent's request
    already said)."""
    rng = call.rng
    speed = rng.uniform(0.65, 0.9)
    raw = raw_groups(kind, number)
    groups = said_groups(raw, rng)
    at = offsets(raw)
    carrier = (rng.choice(CARRIER38[kind]), False)
    joined = "，".join(groups) + "。"
    if form == "asks_why_needed":
        call.say_turn("customer", [(rng.choice(WHY), False)], speed)
        call.say_turn("agent", [(rng.choice(WHY_ANSWER), False)])
        call.say_turn("customer", [carrier, (joined, True, {"after_why": True})], speed)
    elif form == "offers_to_text":
        call.say_turn("customer", [(rng.choice(OFFER), False)], speed)
        call.say_turn("agent", [(rng.choice(OFFER_ANSWER), False)])
        call.say_turn("customer", [carrier, (joined, True, {"after_offer": True})], rng.uniform(0.6, 0.75))
    elif form == "switches_hands":
        k = rng.randint(1, len(groups) - 1)
        spans = call.say_turn("customer", [carrier, ("，".join(groups[:k]) + "，", True, {"head": True}),
                                           (rng.choice(SWITCH), False)], speed)
        gap = round(rng.uniform(0.8, 1.4), 2)
        rms = call.speech_rms(spans[0][0], spans[-1][1])
        start = call.tl.t + 0.1
        _under(call, "rustle", rustle, start, gap, rng.uniform(0, 4), rms)
        call.tl.pause(gap + rng.uniform(0.3, 0.5))
        call.say_turn("customer", [(rng.choice(SWITCH_BACK), False),
                                   ("，".join(groups[k:]) + "。", True, {"continued_from": at[k], "rustle_s": gap})],
                      speed)
    elif form == "thunder_rumble":
        start = call.tl.t
        spans = call.say_turn("customer", [(rng.choice(THUNDER), False), carrier, (joined, True, {"thunder": True})],
                              speed)
        end = spans[-1][1]
        _under(call, "thunder", thunder, start, end - start, rng.uniform(2, 6), call.speech_rms(start, end))
    elif form == "agent_supplies_code":
        code = area_code(number)
        city = CITY18[code]
        yao = rng.randrange(2)
        call.say_turn("customer", [(rng.choice(CITY_SAY).format(city=city), False)], speed)
        call.say_turn("agent", [(rng.choice(AGENT_CODE).format(city=city), False),
                                (said9(code, random.Random(yao)), True, {"area_code": True, "partial": True}),
                                (rng.choice(AGENT_CODE_ASK), False)], rng.uniform(0.75, 0.9))
        call.say_turn("customer", [(rng.choice(LOCAL_SAY), False),
                                   (said9(number[len(code):], random.Random(yao)) + "。", True,
                                    {"partial": True, "continued_from": len(code)})], speed)
    elif form == "card_type_first":
        call.say_turn("agent", [(rng.choice(CARD_TYPE_ASK), False)])
        card_type = rng.choice(("debit", "credit"))
        call.say_turn("customer", [(rng.choice(CARD_TYPE[card_type]), False), carrier,
                                   (joined, True, {"card_type": card_type})], speed)
    elif form in FORMS[kind]:
        sizes = own_sizes(kind, form, number)
        yao = rng.randrange(2)
        text = "，".join(said9(g, random.Random(yao)) for g in chunks(number, sizes)) + "。"
        call.say_turn("customer", [carrier, (text, True, {"sizes": list(sizes)})], speed)
    else:
        raise ValueError(form)


kinds_and_forms = kinds_and_forms_of(ASK38, FORMS)


def make_blind38_call(engine, rng: random.Random, call_id: str, stem: str, out: Path,
                      kind_form: tuple[str, str] = ("none", "none")) -> dict:
    """A call reading one number as ``kind_form`` says, or a hard negative throughout (kind "none")."""
    return FRAME.make(Call38(engine, rng), kind_form, call_id, stem, out)


TWO_AS_LIANG = ("tables", "tickets", "pools", "queue", "buckets", "cw", "cl", "fboxes", "frames", "fdays", "bdays",
                "sacks", "vines", "cjin", "crabs", "liang", "sbox", "sjin2", "potatoes", "pyuan", "chjin", "coils",
                "chrs", "pdays", "balloons", "arch", "litre", "dishes")


def negative38(template: str, rng: random.Random) -> str:
    r = Draw(rng)
    digits, d, c, ch = r.digits, r.said, r.between, r.choice
    fill = {"tables": c(8, 30), "tprice": ch(1888, 2688, 3288), "dishes": ch(12, 14, 16), "tickets": c(2, 6),
            "pools": c(12, 40), "thour": ch(10, 11, 12), "queue": c(2, 6), "wait": ch(20, 30, 40),
            "litre": ch(5, 18), "sqm": c(60, 120), "buckets": c(2, 5), "cw": ch(1, 2), "cl": ch(2, 3),
            "cprice": c(300, 1500), "fboxes": c(2, 6), "shots": ch(36, 49, 100), "day": ch(3, 5, 6),
            "balloons": c(60, 200), "arch": ch(2, 3, 4), "inch": ch(6, 7, 10, 12), "frames": c(2, 9),
            "fdays": c(2, 5), "banner": d(digits(9)), "bdays": c(2, 4),
            "pieces": ch(500, 1000, 2000), "pdays": c(3, 20), "sacks": c(5, 30), "sjin": c(40, 80),
            "coils": ch(10, 20, 40), "chrs": ch(6, 7, 8), "vines": c(2, 8), "bunches": c(30, 120),
            "cjin": c(2, 6), "cyuan": c(25, 45), "crabs": c(4, 12), "liang": ch(2, 3, 4),
            "sbox": c(2, 6), "sjin2": ch(1, 2), "potatoes": c(2, 4), "pyuan": ch(2, 3, 5),
            "cherry": c(30, 80), "chjin": c(2, 5)}
    for key in TWO_AS_LIANG:  # a lone 2 before a measure word is said 两 (两桌, 两斤)
        if fill[key] == "二":
            fill[key] = "两"
    return template.format(**fill)


def negative(call: Call38, role: str) -> None:
    text = negative38(call.rng.choice(NEGATIVE38[role]), call.rng)
    call.negatives.append({"role": role, "text": text, "span_s": call.say_turn(role, [(text, False)])[0]})


FRAME = NumberCallFrame(forms="blind38", ask=ASK38, number=number38, read_number=read_number,
                        negative=negative, closing=CLOSING_NOTED)
