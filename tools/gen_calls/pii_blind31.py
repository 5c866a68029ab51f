"""``--forms blind31``: personal numbers read in ways none of ``wide``, ``blind7``, ``blind9``, ``blind17`` to ``blind30`` has, and new hard negatives.

Written blind (set 31), without reading the detector, after reading the ``wide``, ``blind7``,
``blind9``, ``blind17`` to ``blind30`` forms so as to avoid them.  Nobody tuning the detector
should read this module: the set it makes is only worth something while the detector has not been
fitted to it.

Forms every kind of number can take:

- ``stairs_panting``: the caller is climbing the stairs (电梯坏了，我在爬楼梯) and reads while
  out of breath: panting breaths (bursts of breath noise) and her footsteps (low thuds) under her
  turn, 6-10 dB under her speech (``background``, ``what: stairs``);
- ``slow_then_quick``: she reads the number very slowly first (Kokoro speed 0.55-0.62), then says
  she will say it once more quickly and does (speed 1.15-1.3), unasked, in a second turn of hers
  (two readings: ``slow`` and ``quick``);
- ``knock_between``: someone knocks at her door between two groups of one reading (three or four
  knocks, no word; ``knock_after``: the group's index); the reading's text is the digits only, the
  knocks inside its seconds; she says so after the number;
- ``electric_fan``: an electric fan blowing beside her (电风扇开着): a motor hum and the blades'
  whoosh, 7-11 dB under her speech (``background``, ``what: fan``).

Each kind's own: a mobile whose first seven digits come first, then she asks how far the agent
has got, the agent says seven and to go on, and she says the last four (``asks_progress``:
readings ``head`` and the last four with ``continued_from: 7``); a landline read off an old
business card whose printed area code has since changed, the caller saying the old code first and
then the number with its new one (``card_code_changed``: the reading carries ``old_code``, the
digits of the old code, said before the reading and not part of it; that code alone is no personal
number); a 身份证 read 3-3-4-4-4 (``threes_then_fours``, ``sizes``); a bank card in two groups of
seven and the rest (``sevens``, ``sizes``).  20 (kind, form) pairs.  No email, no look-alikes.

New hard negatives (nine agent lines, nine customer lines): a blood donation's date, millilitres
and the months to wait, a flight's terminal, check-in counter and closing hour, a fixed deposit's
years, rate and principal with interest in 万 and 千, a pharmacy prescription's number and boxes
and the share the insurance pays, a charging post's price per kWh, service fee and the kWh
charged, a mattress's width, thickness and model number, a flat's building, unit and room and the
management fee per square metre, a swimming course's lessons and minutes, curtains' width, height
and price per metre; a child's lost and new teeth, a fish tank's length and fish, the floor she
lives on with the lift broken, a son's age and bowls of rice, a watermelon's weight and price per
斤, a vacuum flask's millilitres and price, a bike ride's kilometres and time, a balcony's square
metres and pots of flowers, a water heater's model number and litres.  Every digit string is drawn until it is no valid mobile, landline, 身份证 or
card, and no stretch inside is one (blind21's ``_free``).

English digits and letters are left out: Kokoro's Chinese voice drops Latin letters.
"""

from __future__ import annotations

import random
from pathlib import Path

import numpy as np

from pii_blind7 import chunks, kinds_and_forms_of
from pii_blind9 import said9
from pii_blind18 import personal  # noqa: F401  (tests use it from here)
from pii_blind20 import raw_groups
from pii_blind21 import Draw
from pii_blind23 import _under
from pii_blind24 import _norm, said_groups
from pii_blind28 import Call28
from pii_calls import ASK, CLOSING_NOTED, SR, NumberCallFrame, number_any_form

ASK31 = dict(ASK)
CARRIER31 = {
    "mobile": ("手机号我给你报一下，", "打我这个手机就行，", "我的手机号码你记一下，是"),
    "landline": ("单位座机是", "座机号码我报给你，", "你要座机的话，是"),
    "id_card": ("身份证我报一下，", "我身份证号码是", "证件号我给你念，"),
    "bank_card": ("卡号你记一下，", "我报一下银行卡号，", "退到这张卡上，卡号是"),
}
FORMS = {  # forms every kind of number can take, and each kind's own
    "any": ("stairs_panting", "slow_then_quick", "knock_between", "electric_fan"),
    "mobile": ("asks_progress",),
    "landline": ("card_code_changed",),
    "id_card": ("threes_then_fours",),
    "bank_card": ("sevens",),
}
STAIRS = ("电梯坏了，我在爬楼梯，有点喘，", "我正往楼上走呢，喘得不行，你将就听一下，")
FAN = ("电风扇开着呢，声音有点大，", "我这边开着电扇，你听得见吧，")
SLOW_LEAD = ("我慢慢念啊，", "我一个一个慢慢说，")
QUICK_LEAD = ("我再快点说一遍，", "再连起来快说一遍啊，")
KNOCK_AFTER = ("刚才有人敲门，我先不管了，", "不好意思，外面有人敲门，")
PROGRESS_ASK = ("你记到哪儿了？", "你那边记了几位了？")
PROGRESS_ANSWER = ("前面七位记下了，您接着说。", "记了七位了，您继续。")
PROGRESS_REST = ("后面是", "最后四位是")
OLD_CODE = ("我看的是张老名片，上面区号印的是{code}，后来改了，", "名片上区号还是{code}，那是以前的，已经换了，")
OLD_CODES = ("0565", "0634", "0736", "0359", "0427", "0744", "0893", "0728")

NEGATIVE31 = {
    "agent": ("您预约的献血是{vm}月{vd}号，一次献{ml2}毫升，下次要隔{gapm}个月。",
              "您这趟航班在{term}号航站楼，{gate}号柜台值机，{bh}点{bm}分截止。",
              "您存的是{dy}年定期，年利率{r1}点{r2}，到期本息一共{dw}万{dq}千。",
              "您的处方编号是{rx}，一共开了{boxes}盒，医保报销百分之{pct}。",
              "这个充电桩一度电{ce}块{cej}，服务费{sf}毛，您充了{kwh}度。",
              "您订的床垫是一米{bw}宽的，厚{thick}公分，型号是{mm}。",
              "您家是{bldg}栋{unit}单元{room}室，物业费一平米{pf}块{pfj}。",
              "您报的游泳课一共{les}节，一节课{mins}分钟，每周{wk}次。",
              "您订的窗帘是{cw}米宽、{chh}米高，一米{cp}块。"),
    "customer": ("我家孩子换牙了，掉了{teeth}颗，新长了{teeth2}颗。",
                 "我家鱼缸{tankcm}公分长，养了{fish}条鱼。",
                 "我住{fl}楼，电梯坏了，每天得爬{fl2}层。",
                 "我儿子今年{boy}岁，一顿能吃{bowls}碗饭。",
                 "我买的西瓜一个{melon}斤，一斤{mp}块{mj}。",
                 "我那个保温杯是{ml}毫升的，花了{cup}块钱。",
                 "我昨天骑车骑了{km}公里，用了{rh}个小时{rmin}分钟。",
                 "我家阳台{sqm}平米，养了{pots}盆花。",
                 "我家热水器型号是{whm}，{wl}升的。"),
}


def own_sizes(form: str, number: str) -> tuple[int, ...]:
    """``threes_then_fours``: 3-3-4-4-4; ``sevens``: two sevens and the rest (2-5 digits)."""
    return (3, 3, 4, 4, 4) if form == "threes_then_fours" else (7, 7, len(number) - 14)


def panting_steps(n: int, rms: float, rng: np.random.Generator) -> np.ndarray:
    """Out of breath on the stairs: a breath every 0.55-0.8 s (0.2-0.35 s of noise shaped to
    300-2500 Hz with a soft rise and fall, in and out alternately louder) and a footstep thud
    (a 70-140 Hz thump dying in 60-100 ms) every 0.5-0.7 s."""
    out = np.zeros(n)
    at, k = int(rng.uniform(0, 0.3) * SR), 0
    freqs = np.fft.rfftfreq(int(0.4 * SR), 1 / SR)
    band = ((freqs > 300) & (freqs < 2500)).astype(float)
    while at < n:
        m = int(rng.uniform(0.2, 0.35) * SR)
        noise = np.fft.irfft(np.fft.rfft(rng.standard_normal(int(0.4 * SR))) * band)[:m]
        breath = noise * np.hanning(m) * (1.0 if k % 2 else 0.6)
        end = min(n, at + m)
        out[at:end] += breath[: end - at]
        at += int(rng.uniform(0.55, 0.8) * SR)
        k += 1
    step_at = int(rng.uniform(0, 0.4) * SR)
    thud_len = int(0.15 * SR)
    t = np.arange(thud_len) / SR
    while step_at < n:
        f, tau = rng.uniform(70, 140), rng.uniform(0.06, 0.1)
        thud = 1.5 * np.sin(2 * np.pi * f * t) * np.exp(-t / tau)
        end = min(n, step_at + thud_len)
        out[step_at:end] += thud[: end - step_at]
        step_at += int(rng.uniform(0.5, 0.7) * SR)
    return _norm(out, rms)


def fan_hum(n: int, rms: float, rng: np.random.Generator) -> np.ndarray:
    """An electric fan: a 50 Hz motor hum with a few harmonics and air noise under 1.2 kHz whose
    level swells at the blade rate (three blades at 15-25 turns a second)."""
    t = np.arange(n) / SR
    hum = sum(a * np.sin(2 * np.pi * 50 * h * t + rng.uniform(0, 6.3)) for h, a in ((1, 0.3), (2, 0.5), (3, 0.25), (4, 0.15)))
    freqs = np.fft.rfftfreq(n, 1 / SR)
    air = np.fft.irfft(np.fft.rfft(rng.standard_normal(n)) * (freqs < 1200) * (freqs > 80), n)
    air /= np.std(air) + 1e-9
    blade = 1 + 0.5 * np.sin(2 * np.pi * 3 * rng.uniform(15, 25) * t)
    return _norm(0.6 * hum + air * blade, rms)


def door_knocks(rms: float, rng: np.random.Generator) -> np.ndarray:
    """Three or four knocks on a door, 0.16-0.24 s apart: each a short knock of 180-320 Hz body
    and a click, dying in 25-45 ms."""
    k = int(0.12 * SR)
    t = np.arange(k) / SR
    knocks = []
    for _ in range(rng.integers(3, 5)):
        f, tau = rng.uniform(180, 320), rng.uniform(0.025, 0.045)
        knock = (np.sin(2 * np.pi * f * t) + 0.3 * np.sin(2 * np.pi * 2.7 * f * t)) * np.exp(-t / tau)
        knocks += [knock, np.zeros(int(rng.uniform(0.16, 0.24) * SR) - k)]
    return _norm(np.concatenate(knocks[:-1]), rms)


class Call31(Call28):
    """Call28 (its turns, readings and sounds under her turn)."""


def old_code_for(number: str, rng: random.Random) -> str:
    """An area code of the past that the number does not start with."""
    return rng.choice([c for c in OLD_CODES if not number.startswith(c)])


def read_number(call: Call31, kind: str, number: str, form: str, others: list) -> None:
    """The reading(s) of ``number`` in ``form``, with the lines around them (the agent's request
    already said)."""
    rng = call.rng
    speed = rng.uniform(0.65, 0.9)
    raw = raw_groups(kind, number)
    groups = said_groups(raw, rng)
    carrier = (rng.choice(CARRIER31[kind]), False)
    joined = "，".join(groups) + "。"
    if form in ("stairs_panting", "electric_fan"):
        lead, what, make = {"stairs_panting": (STAIRS, "stairs", panting_steps),
                            "electric_fan": (FAN, "fan", fan_hum)}[form]
        db = rng.uniform(6, 10) if form == "stairs_panting" else rng.uniform(7, 11)
        spans = call.say_turn("customer", [(rng.choice(lead), False), carrier, (joined, True)], speed)
        _under(call, what, spans[0][0], spans[2][1], db, make)
    elif form == "slow_then_quick":
        call.say_turn("customer", [(rng.choice(SLOW_LEAD), False), carrier, (joined, True, {"slow": True})],
                      rng.uniform(0.55, 0.62))
        call.say_turn("customer", [(rng.choice(QUICK_LEAD), False), (joined, True, {"quick": True})],
                      rng.uniform(1.15, 1.3))
    elif form == "knock_between":
        at = rng.randrange(len(groups) - 1)
        level = call.rms_of(groups[0], speed) * 10 ** (-rng.uniform(4, 8) / 20)
        noise = np.random.default_rng(rng.randrange(2 ** 30))
        gap = lambda: np.zeros(int(rng.uniform(0.15, 0.3) * SR))  # noqa: E731
        between = [np.concatenate([gap(), door_knocks(level, noise), gap()]) if k == at else gap()
                   for k in range(len(groups) - 1)]
        call.say_joined("customer", carrier[0], groups, between, joined, speed, {"knock_after": at})
        call.say_turn("customer", [(rng.choice(KNOCK_AFTER) + "号码就是刚才那个。", False)])
    elif form == "asks_progress":
        yao = rng.randrange(2)
        head = "，".join(said9(g, random.Random(yao)) for g in chunks(number[:7], (3, 4))) + "。"
        tail = said9(number[7:], random.Random(yao)) + "。"
        k = rng.randrange(len(PROGRESS_ASK))
        call.say_turn("customer", [carrier, (head, True, {"head": True}), (PROGRESS_ASK[k], False)], speed)
        call.say_turn("agent", [(PROGRESS_ANSWER[k], False)])
        call.say_turn("customer", [(rng.choice(PROGRESS_REST), False), (tail, True, {"continued_from": 7})], speed)
    elif form == "card_code_changed":
        old = old_code_for(number, rng)
        said = rng.choice(OLD_CODE).format(code=said9(old, rng))
        call.say_turn("customer", [(said, False), ("现在是", False), (joined, True, {"old_code": old})], speed)
    elif form in ("threes_then_fours", "sevens"):
        sizes = own_sizes(form, number)
        yao = rng.randrange(2)
        text = "，".join(said9(g, random.Random(yao)) for g in chunks(number, sizes)) + "。"
        call.say_turn("customer", [carrier, (text, True, {"sizes": list(sizes)})], speed)
    else:
        raise ValueError(form)


kinds_and_forms = kinds_and_forms_of(ASK31, FORMS)


def make_blind31_call(engine, rng: random.Random, call_id: str, stem: str, out: Path,
                      kind_form: tuple[str, str] = ("none", "none")) -> dict:
    """A call reading one number as ``kind_form`` says, or a hard negative throughout (kind "none")."""
    return FRAME.make(Call31(engine, rng), kind_form, call_id, stem, out)


def negative31(template: str, rng: random.Random) -> str:
    r = Draw(rng)
    digits, d, c, ch = r.digits, r.said, r.between, r.choice
    fill = {"vm": c(1, 12), "vd": c(1, 28), "ml2": ch(200, 300, 400), "gapm": ch(3, 6), "term": c(1, 3),
            "gate": c(1, 60), "bh": c(6, 22), "bm": ch(10, 20, 30, 40, 50), "dy": ch(1, 2, 3, 5), "r1": c(1, 2),
            "r2": c(1, 9), "dw": c(2, 60), "dq": c(1, 9), "rx": d(digits(8)), "boxes": c(1, 6),
            "pct": ch(50, 60, 70, 80, 90), "ce": c(1, 2), "cej": c(1, 9), "sf": c(2, 8), "kwh": c(10, 70),
            "bw": ch(2, 5, 8), "thick": c(15, 30), "mm": d(digits(5)), "bldg": c(1, 30), "unit": c(1, 6),
            "room": c(101, 2806), "pf": c(1, 4), "pfj": c(1, 9), "les": ch(8, 10, 12, 20), "mins": ch(40, 45, 60, 90),
            "wk": c(1, 3), "cw": c(2, 5), "chh": c(2, 3), "cp": c(40, 180), "teeth": c(1, 8), "teeth2": c(1, 6),
            "tankcm": ch(40, 60, 80, 100, 120), "fish": c(3, 30), "fl": c(5, 28), "fl2": c(5, 28), "boy": c(6, 16),
            "bowls": c(2, 4), "melon": c(5, 20), "mp": c(1, 3), "mj": c(1, 9), "ml": ch(300, 350, 400, 500, 750),
            "cup": c(30, 200), "km": c(10, 80), "rh": c(1, 4), "rmin": c(1, 59), "sqm": c(4, 20), "pots": c(3, 30),
            "whm": d(digits(4)), "wl": ch(40, 50, 60, 80)}
    return template.format(**fill)


def negative(call: Call31, role: str) -> None:
    text = negative31(call.rng.choice(NEGATIVE31[role]), call.rng)
    call.negatives.append({"role": role, "text": text, "span_s": call.say_turn(role, [(text, False)])[0]})


FRAME = NumberCallFrame(forms="blind31", ask=ASK31, number=number_any_form, read_number=read_number,
                        negative=negative, closing=CLOSING_NOTED)
