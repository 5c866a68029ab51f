"""``--forms blind30``: personal numbers read in ways none of ``wide``, ``blind7``, ``blind9``, ``blind17`` to ``blind29`` has, and new hard negatives.

Written blind (set 30), without reading the detector, after reading the ``wide``, ``blind7``,
``blind9``, ``blind17`` to ``blind29`` forms so as to avoid them.  Nobody tuning the detector
should read this module: the set it makes is only worth something while the detector has not been
fitted to it.

Forms every kind of number can take:

- ``dash_said``: the caller reads the number off a screen where it is written with hyphens and says
  each hyphen aloud as 杠 between the groups (…杠…杠…); the words are part of the reading's text
  (``dash_words``: how many);
- ``low_battery``: her phone's low-battery warning (两声短促的下降提示音, no word) sounds between two
  groups of one reading (``beep_after``: the group's index); the reading's text is the digits only,
  the beeps inside its seconds; she says so after the number;
- ``wall_clock``: a wall clock in her room strikes the hour while she reads (家里挂钟在打点): bell
  strokes every 1.2-1.8 s, each a few inharmonic partials dying away, 8-12 dB under her speech
  (``background``, ``what: clock``);
- ``pet_bird``: the family's pet bird chirping in its cage beside the phone (家里鹦鹉在叫): short
  tonal sweeps at 1.8-3.6 kHz in bursts, 8-12 dB under her speech (``background``, ``what: bird``).

Each kind's own: a mobile whose last four digits are the caller's birthday, and she says so after
reading it, with the month and day said as a date (``birthday_tail``: the reading carries
``birthday_tail: true``; the remark is not part of the reading); a landline whose caller first says
another city's area code, her home town's, and takes it back before reading the right number
(``code_unsure``: the reading carries ``wrong_code``, the digits of the code she took back; that code
alone is no personal number); a 身份证 read in four groups of four and a last pair
(``fours_and_pair``, ``sizes``); a bank card in two groups of eight, the rest a third group or joined
to the second (``eights``, ``sizes``).  20 (kind, form) pairs.  No email, no look-alikes.

New hard negatives (nine agent lines, nine customer lines): a hospital registration's queue number
and the people ahead, a driving test's date and the car's number, a library book's call number and
its shelf, a parcel's weight and the price per kilo, a gym card's months and locker, a restaurant's
queue ticket, a pill's milligrams and doses, a karaoke room and its minimum spend, an exam's
building, classroom and seat; a lottery ticket's blue ball and red balls hit, a daughter's piano
grade and practice hours, a fasting blood sugar, an e-bike battery's volts and amp-hours and range,
a slow train's four-digit number with carriage and seat, a car's price in 万 and 千, the years she
married and had her child, a son's exam score and rank, a printer's model number and its ink's
months.  Every digit string is drawn until it is no valid mobile, landline, 身份证 or card, and no
stretch inside is one (blind21's ``_free``).

English digits and letters are left out: Kokoro's Chinese voice drops Latin letters.
"""

from __future__ import annotations

import random
from pathlib import Path

import numpy as np

import generate as G
from pii_blind7 import chunks, kinds_and_forms_of
from pii_blind9 import _cn, said9
from pii_blind18 import personal  # noqa: F401  (tests use it from here)
from pii_blind20 import raw_groups
from pii_blind21 import Draw
from pii_blind23 import _under
from pii_blind24 import _norm, said_groups
from pii_blind28 import Call28
from pii_calls import ASK, SR, make_number

ASK30 = dict(ASK)
CARRIER30 = {
    "mobile": ("我手机号你记好，", "我常用的那个手机号是", "联系我就打这个手机，"),
    "landline": ("家里座机号码是", "你打我家座机也行，号码是", "座机你存一下，"),
    "id_card": ("身份证号我念了啊，", "你登记我的身份证，号是", "我的证件号码你记下来，"),
    "bank_card": ("卡号我报给你，", "用我工资卡吧，卡号是", "银行卡的号码是"),
}
FORMS = {  # forms every kind of number can take, and each kind's own
    "any": ("dash_said", "low_battery", "wall_clock", "pet_bird"),
    "mobile": ("birthday_tail",),
    "landline": ("code_unsure",),
    "id_card": ("fours_and_pair",),
    "bank_card": ("eights",),
}
DASH_LEAD = ("我手机上存的是带横杠的，我照着念啊，", "本子上写的中间有横线，我就照着念，")
BATTERY_AFTER = ("哎呀我手机快没电了，刚才那个是没电提示，", "不好意思，手机在叫，快没电了，")
CLOCK = ("家里挂钟在打点，你别管它，", "我家那个老钟正好在报时，")
BIRD = ("家里鹦鹉在旁边叫，有点吵，", "我家那只鸟一直在叫，你听得清吗，")
BIRTHDAY = ("后四位就是我的生日，{m}月{d}号。", "最后四位好记，是我生日，{m}月{d}号。")
WRONG_CODE = ("区号是{code}……哎不对，那是我老家的，", "区号{code}，哦不是不是，我说成老家的了，")
AREA_CODES = ("010", "021", "022", "023", "027", "028", "029", "0571", "0755", "0731", "0351", "0532", "0871",
              "0591", "0311")

NEGATIVE30 = {
    "agent": ("您挂的是下午的专家号，排队号是{queue}号，前面还有{ahead}个人。",
              "您约的科目二考试是{vm}月{vd}号上午，考试用的是{ecar}号车。",
              "那本书的索书号是{cls}点{sub}杠{cnum}，在{lfl}楼{shelf}号书架上。",
              "您这件称出来是{kg}点{kgd}公斤，首重{first}块，续重一公斤{add}块。",
              "您在健身房办的是{gm}个月的卡，更衣柜是{locker}号，钥匙在前台。",
              "您取的是{tsize}人桌，排到{tq}号，前面还有{tahead}桌。",
              "这个药一片{mg}毫克，一天{times}次，一次{pills}片，饭后吃。",
              "您订的是{kroom}号包厢，{kh}点到{kh2}点，最低消费{kmin}块。",
              "考试在{bld}号楼{eroom}教室，座位是第{eseat}号，提前半小时进场。"),
    "customer": ("我买了注双色球，蓝球是{blue}，红球中了{hit}个。",
                 "我女儿钢琴考到{lvl}级了，一个星期练{ph}个小时。",
                 "我早上空腹血糖是{bs}点{bsd}，医生说有点高。",
                 "我那辆电动车是{volt}伏{ah}安的电池，充满能跑{li}里地。",
                 "我坐的是{tr}次普快，{tcar}号车厢{tseat}号座。",
                 "那辆车落地价是{wan}万{qian}千，首付交了三成。",
                 "我是{ya}年结的婚，{yb}年有的孩子。",
                 "我儿子这次期中考了{score}分，班里排第{rank}名。",
                 "我家打印机的型号是{model}，墨盒用了{ink}个月了。"),
}


def eights_sizes(n: int) -> tuple[int, ...]:
    """Two groups of eight; two or three left over make a group, one goes with the second eight."""
    rest = n - 16
    return (8, 8, rest) if rest >= 2 else (8, 8 + rest)


def own_sizes(form: str, number: str) -> tuple[int, ...]:
    return (4, 4, 4, 4, 2) if form == "fours_and_pair" else eights_sizes(len(number))


def battery_beeps(rms: float, rng: np.random.Generator) -> np.ndarray:
    """A low-battery warning: two short tones, the second lower (about 1.1-1.4 kHz, then 0.75 of
    it), 0.1-0.14 s each with soft edges, 0.06-0.1 s apart."""
    f = rng.uniform(1100, 1400)
    k = int(rng.uniform(0.1, 0.14) * SR)
    t = np.arange(k) / SR
    edge = np.minimum(1, np.minimum(t, t[::-1]) / 0.01)
    tone = lambda fr: np.sin(2 * np.pi * fr * t) * edge  # noqa: E731
    gap = np.zeros(int(rng.uniform(0.06, 0.1) * SR))
    return _norm(np.concatenate([tone(f), gap, tone(0.75 * f)]), rms)


def clock_strikes(n: int, rms: float, rng: np.random.Generator) -> np.ndarray:
    """A wall clock striking: a stroke every 1.2-1.8 s from a random start, each a bell of a few
    inharmonic partials (f0 450-700 Hz x 1, 2, 2.76, 5.4) dying away with a 0.4-0.9 s time
    constant."""
    out = np.zeros(n)
    f0, tau = rng.uniform(450, 700), rng.uniform(0.4, 0.9)
    k = min(n, int(2.5 * SR))
    t = np.arange(k) / SR
    bell = sum(a * np.sin(2 * np.pi * f0 * r * t + rng.uniform(0, 6.3)) * np.exp(-t * (1 + r / 2) / tau)
               for r, a in ((1, 1.0), (2, 0.6), (2.76, 0.4), (5.4, 0.25)) if f0 * r < 3900)
    bell[: int(0.003 * SR)] *= np.linspace(0, 1, int(0.003 * SR))
    at, step = int(rng.uniform(0, 0.8) * SR), rng.uniform(1.2, 1.8)
    while at < n:
        m = min(k, n - at)
        out[at: at + m] += bell[:m]
        at += int(step * SR)
    return _norm(out, rms)


def bird_chirps(n: int, rms: float, rng: np.random.Generator) -> np.ndarray:
    """A pet bird: bursts of 2-6 chirps, each a 40-120 ms tonal sweep between 1.8 and 3.6 kHz
    (with a faint octave-down shadow), the bursts 0.4-1.5 s apart."""
    out = np.zeros(n)
    at = int(rng.uniform(0, 0.5) * SR)
    while at < n:
        for _ in range(rng.integers(2, 7)):
            k = int(rng.uniform(0.04, 0.12) * SR)
            f1, f2 = rng.uniform(1800, 3600, 2)
            f = np.linspace(f1, f2, k)
            phase = 2 * np.pi * np.cumsum(f) / SR
            chirp = (np.sin(phase) + 0.1 * np.sin(phase / 2)) * np.hanning(k)
            m = min(k, n - at)
            if m <= 0:
                break
            out[at: at + m] += chirp[:m]
            at += k + int(rng.uniform(0.02, 0.08) * SR)
        at += int(rng.uniform(0.4, 1.5) * SR)
    return _norm(out, rms)


class Call30(Call28):
    """Call28 (its turns, readings and sounds under her turn)."""


def birthday_mobile(rng: random.Random) -> tuple[str, int, int]:
    """A valid mobile whose last four digits are a month and day (MMDD)."""
    month = rng.randint(1, 12)
    day = rng.randint(1, (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)[month - 1])
    return make_number("mobile", rng)[:7] + f"{month:02d}{day:02d}", month, day


def wrong_code_for(number: str, rng: random.Random) -> str:
    """Another city's area code than the number's own."""
    return rng.choice([c for c in AREA_CODES if not number.startswith(c)])


def read_number(call: Call30, kind: str, number: str, form: str, others: list, date=None) -> None:
    """The reading(s) of ``number`` in ``form``, with the lines around them (the agent's request
    already said)."""
    rng = call.rng
    speed = rng.uniform(0.65, 0.9)
    raw = raw_groups(kind, number)
    groups = said_groups(raw, rng)
    carrier = (rng.choice(CARRIER30[kind]), False)
    joined = "，".join(groups) + "。"
    if form in ("wall_clock", "pet_bird"):
        lead, what, make = {"wall_clock": (CLOCK, "clock", clock_strikes),
                            "pet_bird": (BIRD, "bird", bird_chirps)}[form]
        spans = call.say_turn("customer", [(rng.choice(lead), False), carrier, (joined, True)], speed)
        _under(call, what, spans[0][0], spans[2][1], rng.uniform(8, 12), make)
    elif form == "dash_said":
        text = "杠".join(groups) + "。"
        call.say_turn("customer", [(rng.choice(DASH_LEAD), False), (text, True, {"dash_words": len(groups) - 1})],
                      speed)
    elif form == "low_battery":
        at = rng.randrange(len(groups) - 1)
        level = call.rms_of(groups[0], speed) * 10 ** (-rng.uniform(6, 10) / 20)
        noise = np.random.default_rng(rng.randrange(2 ** 30))
        gap = lambda: np.zeros(int(rng.uniform(0.15, 0.3) * SR))  # noqa: E731
        between = [np.concatenate([gap(), battery_beeps(level, noise), gap()]) if k == at else gap()
                   for k in range(len(groups) - 1)]
        call.say_joined("customer", carrier[0], groups, between, joined, speed, {"beep_after": at})
        call.say_turn("customer", [(rng.choice(BATTERY_AFTER) + "号码就是这个。", False)])
    elif form == "birthday_tail":
        month, day = date
        remark = rng.choice(BIRTHDAY).format(m=_cn(month), d=_cn(day))
        call.say_turn("customer", [carrier, (joined, True, {"birthday_tail": True}), (remark, False)], speed)
    elif form == "code_unsure":
        wrong = wrong_code_for(number, rng)
        said = rng.choice(WRONG_CODE).format(code=said9(wrong, rng))
        call.say_turn("customer", [(said, False), ("应该是", False), (joined, True, {"wrong_code": wrong})], speed)
    elif form in ("fours_and_pair", "eights"):
        sizes = own_sizes(form, number)
        yao = rng.randrange(2)
        text = "，".join(said9(g, random.Random(yao)) for g in chunks(number, sizes)) + "。"
        call.say_turn("customer", [carrier, (text, True, {"sizes": list(sizes)})], speed)
    else:
        raise ValueError(form)


kinds_and_forms = kinds_and_forms_of(ASK30, FORMS)


def make_blind30_call(engine, rng: random.Random, call_id: str, stem: str, out: Path,
                      kind_form: tuple[str, str] = ("none", "none")) -> dict:
    """A call reading one number as ``kind_form`` says, or a hard negative throughout (kind "none")."""
    kind, form = kind_form
    call = Call30(engine, rng)
    negative(call, "agent")
    number, others = "", []
    if kind == "none":
        for role in ("customer", "agent", "customer"):
            negative(call, role)
    else:
        date = None
        if form == "birthday_tail":
            number, *date = birthday_mobile(rng)
        else:
            number = make_number(kind, rng)
        call.say_turn("agent", [(ASK30[kind], False)])
        read_number(call, kind, number, form, others, date)
        if rng.random() < 0.5:
            negative(call, "customer")
    call.say_turn("agent", [("好的，已经帮您记下了，感谢您的来电，再见。", False)])
    truth = {"call_id": call_id, "kind": kind, "number": number, "form": form, "readings": call.readings,
             "span_s": call.readings[0]["span_s"] if call.readings else None, "negatives": call.negatives,
             "voices": call.voices, "forms": "blind30", "turns": call.turns, "names": [], "other_numbers": others,
             "lookalikes": call.lookalikes, "background": call.background}
    G.write_call(out, stem, call.audio(), truth)
    return truth


def negative30(template: str, rng: random.Random) -> str:
    r = Draw(rng)
    digits, d, c, ch = r.digits, r.said, r.between, r.choice
    year = lambda lo, hi: "".join("零一二三四五六七八九"[int(x)] for x in str(rng.randint(lo, hi)))  # noqa: E731
    fill = {"queue": c(5, 80), "ahead": c(2, 30), "vm": c(1, 12), "vd": c(1, 28), "ecar": c(1, 40),
            "cls": d(digits(3)), "sub": d(digits(2)), "cnum": c(1, 99), "lfl": c(2, 6), "shelf": c(1, 40),
            "kg": c(1, 20), "kgd": c(1, 9), "first": ch(8, 10, 12, 15), "add": c(2, 8), "gm": ch(3, 6, 12, 24),
            "locker": c(1, 300), "tsize": ch(2, 4, 6, 10), "tq": c(10, 120), "tahead": c(2, 20),
            "mg": ch(5, 10, 25, 50, 100, 250, 500), "times": c(1, 3), "pills": c(1, 2), "kroom": c(1, 30),
            "kh": c(7, 9), "kh2": c(10, 12), "kmin": ch(198, 288, 388, 588, 888), "bld": c(1, 9),
            "eroom": c(101, 520), "eseat": c(1, 30), "blue": c(1, 16), "hit": c(0, 5), "lvl": c(3, 10),
            "ph": c(3, 14), "bs": c(5, 9), "bsd": c(1, 9), "volt": ch(48, 60, 72), "ah": ch(12, 20, 24, 32),
            "li": c(30, 90), "tr": d(digits(4)), "tcar": c(1, 16), "tseat": c(1, 110), "wan": c(8, 45),
            "qian": c(1, 9), "ya": year(1985, 2012), "yb": year(1987, 2016), "score": c(60, 100),
            "rank": c(1, 45), "model": d(digits(4)), "ink": c(2, 11)}
    return template.format(**fill)


def negative(call: Call30, role: str) -> None:
    text = negative30(call.rng.choice(NEGATIVE30[role]), call.rng)
    call.negatives.append({"role": role, "text": text, "span_s": call.say_turn(role, [(text, False)])[0]})
