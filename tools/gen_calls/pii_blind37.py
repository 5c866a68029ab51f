"""``--forms blind37``: personal numbers read in ways none of ``wide``, ``blind7``, ``blind9``, ``blind17`` to ``blind36`` has, and new hard negatives.

Written blind (set 37), without reading the detector, after reading the ``wide``, ``blind7``,
``blind9``, ``blind17`` to ``blind36`` forms so as to avoid them.  Nobody tuning the detector
should read this module: the set it makes is only worth something while the detector has not been
fitted to it.

Forms every kind of number can take:

- ``hold_music``: part-way the agent puts her on hold to check something (请您稍等，先不要挂机);
  3-4.5 s of hold music on the agent's channel with nothing said (``background``, ``what:
  hold_music``, ``role: agent``, 3-6 dB under the agent's own speech), the agent thanks her for
  waiting and she goes on from where she stopped (readings ``head`` and ``continued_from`` with
  ``hold_s``);
- ``tail_asked_first``: the agent first asks only for the last four digits, to find the record
  (您先说一下后四位); she says them (``partial``, ``tail``, ``continued_from``); the agent finds
  more than one record and asks for the whole number, and she reads it whole (``after_tail``);
- ``siren_passing``: an ambulance passes in the street below while she reads (救护车过去了): a
  two-tone siren (hi-lo, about 960 / 770 Hz, each tone 0.45-0.6 s, its harmonics low-passed)
  swelling as it comes and fading as it goes, with a small fall in pitch as it passes, under her
  turn, 3-7 dB under her speech (``background``, ``what: siren``);
- ``agent_stalls_readback``: after her reading the agent reads it back, gets through the first
  groups and stalls (后面是……); she says the rest again (readings: her whole; the agent's start,
  ``role: agent``, ``readback``, ``partial``; her rest, ``partial``, ``continued_from``).

Each kind's own: a mobile 5-3-3 (``five_three_three``, ``sizes``); a landline whose area code
comes first on its own (区号是…) and then the whole number joined up (连起来就是…;
``code_then_joined``: the code a ``partial`` reading with ``area_code``, the whole ``joined``); a
身份证 as its region, its birth year, then the other eight unbroken (``region_year_rest``: 6-4-8,
``sizes``); a bank card as one run up to its last four, then the last four (``run_then_last_four``,
``sizes``).  20 (kind, form) pairs.  No email, no look-alikes, no third voice.

New hard negatives (nine agent lines, nine customer lines): a copy shop's pages and price a page;
floor tiles' size, boxes and pieces a box; an evening paper's issues, fee and subscription slip
number (10 digits); glasses' degrees for each eye, pupil distance and days to pick them up; a
clinic visit's queue number, the registration slip's serial number (8 digits) and floor; library
books, loan days and fine a day; a robot vacuum's battery, charging hours and area; a swimming
pool's deep end, lane length and closing time; a karaoke room (3 digits), hours, fruit plates and
bill; a sofa's seats, length and price, flower pots, seed packets and water a day, a field of wheat,
its 斤 a 亩 and price a 斤, an afternoon milk tea and its cost a month, a stamp collection and its
oldest stamp's year, games of Chinese chess won, a humidifier's tank and hours, bowls of 汤圆 at
the Lantern Festival, a soy-milk maker's serial number (10 digits) and years.  Every digit string
is drawn until it is no valid mobile, landline, 身份证 or card, and no stretch inside is one
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
from pii_blind18 import personal  # noqa: F401  (tests use it from here)
from pii_blind20 import raw_groups
from pii_blind21 import Draw
from pii_blind24 import _norm, music, said_groups
from pii_blind32 import offsets
from pii_blind36 import Call36
from pii_calls import ASK, CLOSING_NOTED, NumberCallFrame, number_any_form

ASK37 = dict(ASK)
CARRIER37 = {
    "mobile": ("手机号的话，是", "我那个手机号码你记好，", "我报一下我的手机，"),
    "landline": ("我们家那部座机是", "我们家电话你记一下，号码是", "座机的话我说一下，"),
    "id_card": ("身份证的号码是", "我身份证你记一下，", "身份证号码我说了啊，"),
    "bank_card": ("我那张银行卡的卡号是", "卡号你记一下，是", "银行卡我念给你，"),
}
FORMS = {  # forms every kind of number can take, and each kind's own
    "any": ("hold_music", "tail_asked_first", "siren_passing", "agent_stalls_readback"),
    "mobile": ("five_three_three",),
    "landline": ("code_then_joined",),
    "id_card": ("region_year_rest",),
    "bank_card": ("run_then_last_four",),
}
HOLD = ("请您稍等，我帮您核实一下，先不要挂机。", "您先别挂，我这边查一下，请稍等。")
HOLD_BACK = ("感谢您的耐心等待，您接着说后面的。", "让您久等了，您继续往下说吧。")
GO_ON37 = ("好，后面的是", "嗯，接着是", "那我接着往下念，")
TAIL_ASK = ("您先说一下号码的后四位，我查一下记录。", "麻烦您先报一下后四位，我这边找一下。")
TAIL_LEAD = ("后四位是", "最后四个是")
TAIL_MORE = ("这个尾号查到好几条记录，麻烦您把完整的号码说一下。", "后四位一样的有几个，您把整个号码报一下吧。")
WHOLE_LEAD = ("好，全部的是", "那我从头说，")
SIREN = ("哎呀，楼下有救护车过去，吵得很，我大声点说，", "外面救护车在叫，你听得清吗？我念了啊，")
READBACK = ("我给您念一下，", "我跟您核对一下，")
STALL = ("后面是……", "后面……我没记全。")
STALL_HELP = ("后面是", "后面的是")
CODE_LEAD = ("区号是", "先说区号，")
JOIN_LEAD = ("连起来就是", "整个连起来是")

NEGATIVE37 = {
    "agent": ("您要的资料我们一共复印了{pages}页，每页{jiao}毛钱，一共{cost}块{cj}毛。",
              "您订的瓷砖是{tile}乘{tile}的规格，一共{boxes}箱，每箱{pcs}片。",
              "您订的晚报是全年{issues}期，订费{fee}块，订阅单号是{sub}。",
              "您配的眼镜左眼{le}度，右眼{re}度，瞳距{pd}毫米，{days}天以后来取。",
              "您挂的是明天上午的门诊，排在第{seq}号，挂号单流水号是{flow}，到{floor}楼候诊。",
              "您这次借了{books}本书，要在{loan}天之内还，超期每天{fine}毛钱。",
              "这款扫地机器人电池是{mah}毫安的，充满要{chg}个小时，一次能扫{area}平米。",
              "我们游泳池深水区是{depth}米{dcm}，泳道长{lane}米，晚上{close}点关门。",
              "您订的是{ktv}号中包，唱{khrs}个小时，送{plates}份果盘，一共{kcost}块。"),
    "customer": ("我家那套沙发是{sseat}人座的，长{slen}米{scm}，当时花了{scost}块。",
                 "我在阳台上摆了{pots}个花盆，撒了{seeds}包种子，每天浇{ml}毫升水。",
                 "我家今年种了{mu}亩小麦，一亩打了{jin}斤，卖了{py}块{pj}毛一斤。",
                 "我每天下午买一杯奶茶，{tea}块钱一杯，一个月下来要花{tmonth}块。",
                 "我集了{stamps}张邮票，最老的一张是{syear}年的。",
                 "我跟楼下老王下象棋，昨天下了{games}盘，我赢了{wins}盘。",
                 "我那个加湿器水箱是{lit}升的，开一晚上能用{hhrs}个小时。",
                 "元宵节我煮了{bowls}碗汤圆，一碗{each}个，买了{bags}袋。",
                 "我那台豆浆机底下的编号是{serial}，买了{yrs}年了。"),
}


def own_sizes(kind: str, form: str, number: str) -> tuple[int, ...]:
    """``five_three_three``: 5-3-3; ``code_then_joined``: the area code, then the whole number;
    ``region_year_rest``: 6-4-8; ``run_then_last_four``: all but the last four, then the last four."""
    n = len(number)
    if form == "five_three_three":
        return (5, 3, 3)
    if form == "region_year_rest":
        return (6, 4, 8)
    if form == "run_then_last_four":
        return (n - 4, 4)
    raise ValueError(form)


def area_code(number: str) -> str:
    return number[:3] if number[:2] in ("01", "02") else number[:4]


def siren(n: int, rms: float, rng: np.random.Generator) -> np.ndarray:
    """An ambulance going by: hi-lo tones (about 960 / 770 Hz, each 0.45-0.6 s) with odd harmonics,
    swelling to a peak part-way and fading after it, the pitch a few per cent higher as it comes
    than as it goes; low-passed at 3.2 kHz."""
    t = np.arange(n) / SR
    hi, lo = rng.uniform(930, 990), rng.uniform(740, 800)
    step = rng.uniform(0.45, 0.6)
    peak = rng.uniform(0.35, 0.65) * n / SR
    doppler = 1 + 0.025 * np.tanh((peak - t) / 0.8)  # higher coming, lower going
    f = np.where((t // step) % 2 == 0, hi, lo) * doppler
    phase = 2 * np.pi * np.cumsum(f) / SR
    tone = sum(np.sin(h * phase) / h for h in (1, 3, 5))
    swell = np.exp(-((t - peak) / (0.45 * n / SR + 1e-9)) ** 2)
    b, a = butter(2, 3200 / (SR / 2))
    return _norm(lfilter(b, a, tone * (0.15 + swell)), rms)


class Call37(Call36):
    """Call36 (its turns, readings, voices and sounds)."""


def read_number(call: Call37, kind: str, number: str, form: str, others: list) -> None:
    """The reading(s) of ``number`` in ``form``, with the lines around them (the agent's request
    already said)."""
    rng = call.rng
    speed = rng.uniform(0.65, 0.9)
    raw = raw_groups(kind, number)
    groups = said_groups(raw, rng)
    at = offsets(raw)
    carrier = (rng.choice(CARRIER37[kind]), False)
    joined = "，".join(groups) + "。"
    if form == "hold_music":
        k = rng.randint(1, len(groups) - 1)
        call.say_turn("customer", [carrier, ("，".join(groups[:k]) + "，", True, {"head": True})], speed)
        spans = call.say_turn("agent", [(rng.choice(HOLD), False)])
        hold = round(rng.uniform(3.0, 4.5), 2)
        db = rng.uniform(3, 6)
        rms = call.speech_rms(*spans[0], role="agent") * 10 ** (-db / 20)
        start = call.tl.t
        clip = music(int(hold * SR), rms, np.random.default_rng(rng.randrange(2 ** 30)))
        call.under_agent.append((round(start, 3), clip))
        call.background.append({"what": "hold_music", "role": "agent", "db_under": round(db, 1),
                                "span_s": (round(start, 3), round(start + len(clip) / SR, 3))})
        call.tl.pause(hold + rng.uniform(0.3, 0.6))
        call.say_turn("agent", [(rng.choice(HOLD_BACK), False)])
        call.say_turn("customer", [(rng.choice(GO_ON37), False),
                                   ("，".join(groups[k:]) + "。", True, {"continued_from": at[k], "hold_s": hold})],
                      speed)
    elif form == "tail_asked_first":
        call.say_turn("agent", [(rng.choice(TAIL_ASK), False)])
        tail = said9(number[-4:], random.Random(rng.randrange(2)))
        call.say_turn("customer", [(rng.choice(TAIL_LEAD), False),
                                   (tail + "。", True, {"partial": True, "tail": True,
                                                       "continued_from": len(number) - 4})], speed)
        call.say_turn("agent", [(rng.choice(TAIL_MORE), False)])
        call.say_turn("customer", [(rng.choice(WHOLE_LEAD), False), (joined, True, {"after_tail": True})], speed)
    elif form == "siren_passing":
        start = call.tl.t
        spans = call.say_turn("customer", [(rng.choice(SIREN), False), carrier, (joined, True, {"siren": True})], speed)
        end = spans[-1][1]
        db = rng.uniform(3, 7)
        rms = call.speech_rms(start, end) * 10 ** (-db / 20)
        clip = siren(int((end - start) * SR), rms, np.random.default_rng(rng.randrange(2 ** 30)))
        call.under.append((round(start, 3), clip))
        call.background.append({"what": "siren", "role": "customer", "db_under": round(db, 1),
                                "span_s": (round(start, 3), round(start + len(clip) / SR, 3))})
    elif form == "agent_stalls_readback":
        call.say_turn("customer", [carrier, (joined, True)], speed)
        k = rng.randint(1, len(groups) - 1)
        back = said_groups(raw[:k], rng)
        call.say_turn("agent", [(rng.choice(READBACK), False),
                                ("，".join(back) + "，", True, {"readback": True, "partial": True}),
                                (rng.choice(STALL), False)], rng.uniform(0.75, 0.9))
        call.say_turn("customer", [(rng.choice(STALL_HELP), False),
                                   ("，".join(groups[k:]) + "。", True, {"partial": True, "continued_from": at[k]})],
                      speed)
    elif form == "code_then_joined":
        code = area_code(number)
        yao = rng.randrange(2)
        call.say_turn("customer", [(rng.choice(CODE_LEAD), False),
                                   (said9(code, random.Random(yao)) + "，", True, {"partial": True, "area_code": True}),
                                   (rng.choice(JOIN_LEAD), False),
                                   (said9(number, random.Random(yao)) + "。", True, {"joined": True})], speed)
    elif form in FORMS[kind]:
        sizes = own_sizes(kind, form, number)
        yao = rng.randrange(2)
        text = "，".join(said9(g, random.Random(yao)) for g in chunks(number, sizes)) + "。"
        call.say_turn("customer", [carrier, (text, True, {"sizes": list(sizes)})], speed)
    else:
        raise ValueError(form)


kinds_and_forms = kinds_and_forms_of(ASK37, FORMS)


def make_blind37_call(engine, rng: random.Random, call_id: str, stem: str, out: Path,
                      kind_form: tuple[str, str] = ("none", "none")) -> dict:
    """A call reading one number as ``kind_form`` says, or a hard negative throughout (kind "none")."""
    return FRAME.make(Call37(engine, rng), kind_form, call_id, stem, out)


TWO_AS_LIANG = ("jiao", "books", "khrs", "plates", "sseat", "slen", "py", "depth", "yrs", "seeds", "wins", "bags")


def negative37(template: str, rng: random.Random) -> str:
    r = Draw(rng)
    digits, d, c, ch = r.digits, r.said, r.between, r.choice
    fill = {"pages": c(12, 80), "jiao": ch(1, 2, 5), "cost": c(3, 40), "cj": c(1, 9), "tile": ch(600, 800),
            "boxes": c(8, 40), "pcs": ch(3, 4, 6), "issues": ch(300, 360), "fee": c(120, 300), "sub": d(digits(10)),
            "le": ch(150, 200, 250, 300, 350), "re": ch(175, 225, 275, 325), "pd": c(58, 68), "days": c(3, 7),
            "seq": c(5, 60), "flow": d(digits(8)), "floor": c(2, 6), "books": c(2, 6), "loan": ch(14, 21, 30),
            "fine": ch(1, 2, 5), "mah": ch(2600, 3200, 5200), "chg": ch(3, 4, 5), "area": c(80, 200),
            "depth": ch(1, 2), "dcm": ch(2, 4, 5, 8), "lane": ch(25, 50), "close": ch(8, 9, 10), "ktv": d(digits(3)),
            "khrs": ch(2, 3, 4), "plates": ch(1, 2), "kcost": c(180, 600),
            "sseat": ch(2, 3, 4), "slen": ch(1, 2), "scm": ch(4, 6, 8), "scost": c(1800, 9000), "pots": c(4, 20),
            "seeds": c(2, 8), "ml": ch(200, 300, 500), "mu": c(3, 20), "jin": c(800, 1200), "py": ch(1, 2),
            "pj": c(1, 9), "tea": c(12, 25), "tmonth": c(300, 700), "stamps": c(200, 3000),
            "syear": d(digits(4, "1", "19")), "games": c(4, 12), "wins": c(1, 4), "lit": ch(3, 4, 5, 6),
            "hhrs": ch(8, 10, 12), "bowls": c(3, 8), "each": ch(5, 6, 8), "bags": c(2, 5), "serial": d(digits(10)),
            "yrs": c(2, 9)}
    for key in TWO_AS_LIANG:  # a lone 2 before a measure word is said 两 (两本书, 两米八)
        if fill[key] == "二":
            fill[key] = "两"
    return template.format(**fill)


def negative(call: Call37, role: str) -> None:
    text = negative37(call.rng.choice(NEGATIVE37[role]), call.rng)
    call.negatives.append({"role": role, "text": text, "span_s": call.say_turn(role, [(text, False)])[0]})


FRAME = NumberCallFrame(forms="blind37", ask=ASK37, number=number_any_form, read_number=read_number,
                        negative=negative, closing=CLOSING_NOTED)
