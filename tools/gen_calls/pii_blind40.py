"""``--forms blind40``: personal numbers read in ways none of ``wide``, ``blind7``, ``blind9``, ``blind17`` to ``blind39`` has, and new hard negatives.

Written blind (set 40), without reading the detector, after reading the ``wide``, ``blind7``,
``blind9``, ``blind17`` to ``blind39`` forms so as to avoid them.  Nobody tuning the detector
should read this module: the set it makes is only worth something while the detector has not been
fitted to it.

Forms every kind of number can take:

- ``annoyed_again``: she complains that she has given the number several times already
  (这个号我都说了好几遍了); the agent apologises and explains it must be checked once more; she
  reads it (``after_complaint``);
- ``asks_agent_id_first``: before reading she asks the agent's 工号 so as to write it down; the agent
  gives it (four or five digits said one by one, no personal number); she says she has it; then she
  reads (``after_agent_id``; the 工号's digits are in the agent's turn, no reading);
- ``asks_someone_midway``: part-way she is not sure of the rest and asks someone in the room
  (哎，你帮我看一下后面是多少？); 1.2-2.2 s of nothing on her line while they look, then 哦，对 and
  the rest (readings ``head`` and ``continued_from`` with ``asked_s``);
- ``chopping_board``: she is chopping vegetables while she reads (我在切菜呢): a knife on a
  chopping board, 3-6 dull knocks a second (a 120-260 Hz thud and a short low-passed click), under
  her turn, 3-8 dB under her speech (``background``, ``what: chopping``).

Each kind's own: a mobile 3-5-3 (``three_five_three``, ``sizes``); a landline read plainly and then
a remark to let it ring long, the old people at home answer slowly (``ring_longer``,
``ring_note``); a 身份证 14-4 (``fourteen_four``, ``sizes``); a bank card ten digits then the rest
(``ten_rest``, ``sizes``).  20 (kind, form) pairs.  No email, no look-alikes, no third voice, no
agent readings.

New hard negatives (nine agent lines, nine customer lines): a manicure's hour, style and price; a
foot massage's therapist number, minutes and price; an ice rink's ticket, skate hire and closing
hour; a murder-mystery game (剧本杀): players, room and hours; zoo group tickets and the panda
house's hour; dry cleaning: days, a claim-ticket number (8 digits) and price; keys cut: price,
count and minutes; wallpaper rolls, price and days; cured pork (腊肉): jin, price and a parcel
number (12 digits); walnuts and empty ones; a persimmon tree; bottles of soy sauce; a tug-of-war
team; fridge magnets; dumbbells and sets; steamed buns (馒头); crabs and their weight in 两; a
kitchen's jars of pickles.  Every digit string is drawn until it is no valid mobile, landline,
身份证 or card, and no stretch inside is one (blind21's ``_free``).

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

ASK40 = dict(ASK)
CARRIER40 = {
    "mobile": ("那就再说一次手机，", "我手机是这个，", "手机号你记下来，"),
    "landline": ("座机是这个号，", "我们家里座机，", "固话号码是"),
    "id_card": ("身份证号码是这个，", "我把身份证念给你，", "证件号你记一下，"),
    "bank_card": ("卡号是这个，", "我那张储蓄卡，", "银行卡号你记好了，"),
}
FORMS = {  # forms every kind of number can take, and each kind's own
    "any": ("annoyed_again", "asks_agent_id_first", "asks_someone_midway", "chopping_board"),
    "mobile": ("three_five_three",),
    "landline": ("ring_longer",),
    "id_card": ("fourteen_four",),
    "bank_card": ("ten_rest",),
}
COMPLAINT = ("这个号我都说了好几遍了，你们怎么老问啊？", "上回打电话我就报过了，你们系统里没有吗？")
COMPLAINT_OK = ("实在抱歉，麻烦您再核对一次，我这边马上登记。", "给您添麻烦了，这边需要您本人再确认一下。")
AGENT_ID_ASK = ("你先告诉我你工号是多少，我记一下。", "你是哪位啊？工号报一下，我拿笔记着。")
AGENT_ID = ("好的，我的工号是{id}。", "我工号是{id}，您记好。")
AGENT_ID_OK = ("好，记下了，那我念了，", "行，我写在本子上了，你听好，")
ASK_SOMEONE = ("哎，你帮我看一下后面是多少？", "后面几个我记不清了，孩子他爸，你看看本子上写的啥？")
ASK_BACK = ("哦，对，后面是", "对对对，接着是")
CHOPPING = ("我在切菜呢，手上没空，你听着，", "不好意思啊，正做饭呢，一边切菜一边跟你说，")
RING_NOTE = ("打这个座机多响几声，家里老人接得慢。", "打过来要是没人接，就多等一会儿，老人耳朵背。")

NEGATIVE40 = {
    "agent": ("您约的美甲是下午{nail}点，选的是第{style}款，一共{nyuan}块。",
              "足疗给您安排的是{foot}号技师，做{fmin}分钟，{fyuan}块一位。",
              "溜冰场门票{skate}块一位，冰鞋另外租{shoe}块，晚上{sclose}点关门。",
              "剧本杀给您订的是{jb}人本，在{jroom}号房间，大概玩{jhrs}个小时。",
              "动物园团体票给您出了{zoo}张，每张{zooyuan}块，熊猫馆下午{panda}点开门。",
              "您送洗的羽绒服要{dry}天，取衣单号是{dryno}，费用是{dryyuan}块。",
              "配钥匙师傅说一把{key}块，给您配了{keys}把，{kmin}分钟就好。",
              "壁纸给您算的是{wall}卷，每卷{wyuan}块，贴完要{wdays}天。",
              "您订的腊肉是{lr}斤，{lryuan}块一斤，快递单号是{ship}。"),
    "customer": ("我买了{walnut}斤核桃，砸开有{empty}个是空的。",
                 "我家院子里那棵柿子树今年结了{persimmon}个柿子，摘了{picked}筐。",
                 "我上个月买了{soy}瓶酱油，一瓶{soyyuan}块钱。",
                 "我们单位拔河比赛一队{tug}个人，一共比了{rounds}局。",
                 "我冰箱门上贴了{magnet}个冰箱贴，都是出去玩的时候买的。",
                 "我那对哑铃一只{db}公斤，每天举{sets}组。",
                 "我早上蒸了{mantou}个馒头，一家人吃了{ate}个。",
                 "我昨天买了{crab}只螃蟹，一只{crabliang}两重。",
                 "我厨房里腌了{jars}坛咸菜，放了{jdays}天了。"),
}


def own_sizes(kind: str, form: str, number: str) -> tuple[int, ...]:
    """``three_five_three``: 3-5-3; ``fourteen_four``: 14-4; ``ten_rest``: 10 then the rest."""
    if form == "three_five_three":
        return (3, 5, 3)
    if form == "fourteen_four":
        return (14, 4)
    if form == "ten_rest":
        return (10, len(number) - 10)
    raise ValueError(form)


def number40(kind: str, form: str, rng: random.Random) -> str:
    return make_number(kind, rng)


def chopping(n: int, rms: float, rng: np.random.Generator) -> np.ndarray:
    """A knife on a chopping board: knocks 3-6 a second, a little uneven, each a 120-260 Hz thud
    decaying in 30-70 ms and a click of noise low-passed at 1.5 kHz decaying in 5-10 ms."""
    out = np.zeros(n)
    rate = rng.uniform(3, 6)
    b, a = butter(2, 1500 / (SR / 2), btype="low")
    at = int(rng.uniform(0.02, 0.15) * SR)
    while at < n:
        m = min(int(0.12 * SR), n - at)
        t = np.arange(m) / SR
        thud = np.sin(2 * np.pi * rng.uniform(120, 260) * t) * np.exp(-t / rng.uniform(0.03, 0.07))
        click = lfilter(b, a, rng.standard_normal(m)) * np.exp(-t / rng.uniform(0.005, 0.01))
        out[at:at + m] += rng.uniform(0.6, 1.0) * (thud + 0.5 * click)
        at += int(SR / rate * rng.uniform(0.75, 1.25))
    return _norm(out, rms)


class Call40(Call36):
    """Call36 (its turns, readings, voices and sounds)."""


def _under(call: Call40, what: str, make, start: float, seconds: float, db: float, rms: float) -> None:
    clip = make(int(seconds * SR), rms * 10 ** (-db / 20), np.random.default_rng(call.rng.randrange(2 ** 30)))
    call.under.append((round(start, 3), clip))
    call.background.append({"what": what, "role": "customer", "db_under": round(db, 1),
                            "span_s": (round(start, 3), round(start + len(clip) / SR, 3))})


def agent_id(rng: random.Random) -> str:
    """The agent's 工号, four or five digits said one by one (no personal number in it)."""
    r = Draw(rng)
    return r.said(r.digits(rng.choice((4, 5))))


def read_number(call: Call40, kind: str, number: str, form: str, others: list) -> None:
    """The reading(s) of ``number`` in ``form``, with the lines around them (the agent's request
    already said)."""
    rng = call.rng
    speed = rng.uniform(0.65, 0.9)
    raw = raw_groups(kind, number)
    groups = said_groups(raw, rng)
    at = offsets(raw)
    carrier = (rng.choice(CARRIER40[kind]), False)
    joined = "，".join(groups) + "。"
    if form == "annoyed_again":
        call.say_turn("customer", [(rng.choice(COMPLAINT), False)], speed)
        call.say_turn("agent", [(rng.choice(COMPLAINT_OK), False)])
        call.say_turn("customer", [carrier, (joined, True, {"after_complaint": True})], speed)
    elif form == "asks_agent_id_first":
        call.say_turn("customer", [(rng.choice(AGENT_ID_ASK), False)], speed)
        call.say_turn("agent", [(rng.choice(AGENT_ID).format(id=agent_id(rng)), False)])
        call.say_turn("customer", [(rng.choice(AGENT_ID_OK), False), (joined, True, {"after_agent_id": True})],
                      speed)
    elif form == "asks_someone_midway":
        k = rng.randint(1, len(groups) - 1)
        call.say_turn("customer", [carrier, ("，".join(groups[:k]) + "，", True, {"head": True}),
                                   (rng.choice(ASK_SOMEONE), False)], speed)
        gap = round(rng.uniform(1.2, 2.2), 2)
        call.tl.pause(gap)
        call.say_turn("customer", [(rng.choice(ASK_BACK), False),
                                   ("，".join(groups[k:]) + "。", True, {"continued_from": at[k], "asked_s": gap})],
                      speed)
    elif form == "chopping_board":
        start = call.tl.t
        spans = call.say_turn("customer", [(rng.choice(CHOPPING), False), carrier, (joined, True, {"chopping": True})],
                              speed)
        end = spans[-1][1]
        _under(call, "chopping", chopping, start, end - start, rng.uniform(3, 8), call.speech_rms(start, end))
    elif form == "ring_longer":
        call.say_turn("customer", [carrier, (joined, True, {"ring_note": True}), (rng.choice(RING_NOTE), False)],
                      speed)
    elif form in FORMS[kind]:
        sizes = own_sizes(kind, form, number)
        yao = rng.randrange(2)
        text = "，".join(said9(g, random.Random(yao)) for g in chunks(number, sizes)) + "。"
        call.say_turn("customer", [carrier, (text, True, {"sizes": list(sizes)})], speed)
    else:
        raise ValueError(form)


kinds_and_forms = kinds_and_forms_of(ASK40, FORMS)


def make_blind40_call(engine, rng: random.Random, call_id: str, stem: str, out: Path,
                      kind_form: tuple[str, str] = ("none", "none")) -> dict:
    """A call reading one number as ``kind_form`` says, or a hard negative throughout (kind "none")."""
    return FRAME.make(Call40(engine, rng), kind_form, call_id, stem, out)


TWO_AS_LIANG = ("nail", "style", "fmin", "jb", "jhrs", "zoo", "panda", "dry", "keys", "kmin", "wall",
                "wdays", "lr", "walnut", "empty", "persimmon", "picked", "soy", "rounds", "magnet", "db", "sets",
                "mantou", "ate", "crab", "jars", "jdays", "key", "shoe", "wyuan", "soyyuan", "sclose")


def negative40(template: str, rng: random.Random) -> str:
    r = Draw(rng)
    digits, d, c, ch = r.digits, r.said, r.between, r.choice
    fill = {"nail": ch(2, 3, 4), "style": c(3, 12), "nyuan": ch(98, 128, 168), "foot": c(8, 36),
            "fmin": ch(60, 90), "fyuan": ch(88, 128, 158), "skate": ch(40, 50, 60), "shoe": ch(10, 15, 20),
            "sclose": ch(9, 10), "jb": ch(5, 6, 7), "jroom": c(2, 8), "jhrs": ch(3, 4, 5), "zoo": c(12, 40),
            "zooyuan": ch(30, 40, 60), "panda": ch(2, 3), "dry": ch(5, 7), "dryno": d(digits(8)),
            "dryyuan": ch(45, 60, 80), "key": ch(5, 8, 10), "keys": c(2, 4), "kmin": ch(5, 10), "wall": c(6, 18),
            "wyuan": c(60, 180), "wdays": c(2, 3), "lr": c(5, 20), "lryuan": c(40, 70), "ship": d(digits(12)),
            "walnut": c(2, 6), "empty": c(3, 9), "persimmon": c(80, 300), "picked": c(2, 6), "soy": c(2, 4),
            "soyyuan": c(8, 16), "tug": ch(8, 10, 12), "rounds": ch(3, 5), "magnet": c(12, 40), "db": ch(5, 8, 10),
            "sets": ch(3, 4, 5), "mantou": c(8, 20), "ate": c(4, 7), "crab": c(4, 10), "crabliang": ch(3, 4, 5),
            "jars": c(2, 5), "jdays": c(10, 30)}
    for key in TWO_AS_LIANG:  # a lone 2 before a measure word is said 两 (两点, 两把)
        if fill[key] == "二":
            fill[key] = "两"
    return template.format(**fill)


def negative(call: Call40, role: str) -> None:
    text = negative40(call.rng.choice(NEGATIVE40[role]), call.rng)
    call.negatives.append({"role": role, "text": text, "span_s": call.say_turn(role, [(text, False)])[0]})


FRAME = NumberCallFrame(forms="blind40", ask=ASK40, number=number40, read_number=read_number,
                        negative=negative, closing=CLOSING_NOTED)
